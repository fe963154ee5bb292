/** SVG patterns for the rupture bands (see BAND_STYLE). */
export function BandPatterns() {
  return (
    <defs>
      <pattern id="band-open" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#fdf3e1" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#7a4a00" strokeWidth="2" strokeOpacity="0.45" />
      </pattern>
      <pattern id="band-unrepaired" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#fbe9e7" />
        <path d="M0 0L8 8M8 0L0 8" stroke="#a3261b" strokeWidth="1.5" strokeOpacity="0.45" />
      </pattern>
      <pattern id="band-dismissed" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#f2f2f2" />
        <circle cx="3" cy="3" r="1" fill="#4d4d4d" fillOpacity="0.5" />
      </pattern>
    </defs>
  );
}
