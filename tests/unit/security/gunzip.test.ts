/** The one gzip decoder (lib/io/gunzip.ts): CRC-32 and ISIZE per member, several members read. */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { gunzip, inflateRaw } from "@/lib/io/gunzip";

describe("gzip: CRC-32 and length are checked", () => {
  const data = Buffer.from("every member is checked ".repeat(100));
  it("a flipped CRC byte or a wrong ISIZE is refused; several members are read whole", () => {
    const gz = zlib.gzipSync(data);
    const badCrc = Buffer.from(gz);
    badCrc[gz.length - 8] ^= 0xff;
    expect(() => gunzip(badCrc)).toThrow(/CRC-32 mismatch in gzip member 1/);
    const badLen = Buffer.from(gz);
    badLen[gz.length - 4] ^= 0x01;
    expect(() => gunzip(badLen)).toThrow(/length mismatch in gzip member 1/);
    const two = Buffer.concat([gz, zlib.gzipSync(Buffer.from("tail"))]);
    expect(Buffer.from(gunzip(two)).toString()).toBe(data.toString() + "tail");
  });
});

describe("raw inflate with a limit", () => {
  it("stops past maxBytes and names the limit", () => {
    const raw = zlib.deflateRawSync(Buffer.alloc(4096));
    expect(inflateRaw(raw, 4096).length).toBe(4096);
    expect(() => inflateRaw(raw, 4095)).toThrow(/decompresses to more than 4095 bytes/);
  });
});
