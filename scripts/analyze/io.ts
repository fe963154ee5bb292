/**
 * The analyze command's streams: where output goes (Sink, Io) and where the episodes come from
 * (a JSON or CSV file, or standard input), read one episode at a time.
 */
import { createReadStream, promises as fsp } from "node:fs";
import { once } from "node:events";
import { extname } from "node:path";
import type { Readable } from "node:stream";
import { checkEpisode, type EpisodeInput } from "@/lib/alliance";
import { streamCsvEpisodes } from "./csv-stream";
import { streamJsonEpisodes } from "./json-stream";

export interface Sink {
  write(s: string): void | Promise<void>;
}

export interface Io {
  stdout: Sink;
  stderr: Sink;
  /** Override for tests. */
  bufferLimitBytes?: number;
  stdin?: Readable;
}

/** A sink over a Node stream that respects back-pressure. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write(s: string) {
      if (!stream.write(s)) return once(stream as unknown as NodeJS.EventEmitter, "drain").then(() => undefined);
    },
  };
}

/** JSON or CSV: from the file name, else from its first non-blank character. */
export async function detectFormat(file: string): Promise<"json" | "csv"> {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".csv") return "csv";
  const fh = await fsp.open(file, "r");
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    const head = buf.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    return head.startsWith("{") ? "json" : "csv";
  } finally {
    await fh.close();
  }
}

/** The input as a utf8 text stream (1 MB chunks from a file). */
function openInput(file: string, io: Io): Readable {
  if (file === "-") {
    const s = io.stdin ?? process.stdin;
    s.setEncoding("utf8");
    return s;
  }
  return createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
}

/** The episodes of the input, one at a time, checked. */
export async function* readEpisodes(file: string, format: "json" | "csv", io: Io): AsyncGenerator<EpisodeInput> {
  const input = openInput(file, io);
  try {
    if (format === "csv") {
      for await (const el of streamCsvEpisodes(input)) yield el.value as EpisodeInput;
    } else {
      for await (const el of streamJsonEpisodes(input as AsyncIterable<string>)) yield checkEpisode(el.value, el.index);
    }
  } finally {
    input.destroy();
  }
}
