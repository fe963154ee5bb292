/**
 * A list stored as JSON text (episode goals, repair strategies: see the note in schema.prisma). A
 * value that is not a JSON list reads as empty rather than breaking the page that shows it.
 */
export function parseJsonList<T = string>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}
