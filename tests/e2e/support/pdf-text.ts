// PDF.js uses Promise.withResolvers and ArrayBuffer#transferToFixedLength, which Node has from 22
// on; the project supports Node 20, so both are filled in here (a copy stands in for the transfer).
type WithResolvers = <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
const P = Promise as unknown as { withResolvers?: WithResolvers };
P.withResolvers ??= <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};
const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: (this: ArrayBuffer, length?: number) => ArrayBuffer };
AB.transferToFixedLength ??= function (length) {
  const out = new ArrayBuffer(length ?? this.byteLength);
  new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(out.byteLength, this.byteLength)));
  return out;
};

// What a PDF holds, read with PDF.js: per page its text (runs joined by spaces, whitespace folded),
// how many vector paths it draws and the colours it strokes them with (a chart's lines are stroked
// paths in the chart's colours; text and table borders are not).
export type PdfPage = { text: string; paths: number; strokeColors: string[] };

export async function readPdf(bytes: Buffer): Promise<PdfPage[]> {
  const { getDocument, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " ");
    const ops = await page.getOperatorList();
    const strokes = ops.fnArray.flatMap((op: number, k: number) => (op === OPS.setStrokeRGBColor ? [String(ops.argsArray[k]?.[0] ?? "")] : []));
    pages.push({ text, paths: ops.fnArray.filter((op: number) => op === OPS.constructPath).length, strokeColors: [...new Set<string>(strokes)] });
  }
  await doc.cleanup();
  return pages;
}
