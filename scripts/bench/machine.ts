/** The machine the numbers were taken on: cores, RAM, load, Node and Chromium versions. */
import os from "node:os";
import { execFileSync } from "node:child_process";
import { chromiumPath } from "./browser";

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  ramBytes: number;
  /** 1-minute load average when the run started (other builds on the machine raise it). */
  loadAvg1: number;
  node: string;
  platform: string;
  chromium: string;
  chromiumPath: string;
}

export function machineInfo(browserVersion: string): MachineInfo {
  const path = chromiumPath();
  let chromium = browserVersion;
  if (path) {
    try {
      chromium = execFileSync(path, ["--version"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
    } catch {
      /* keep Playwright's version string */
    }
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    ramBytes: os.totalmem(),
    loadAvg1: +os.loadavg()[0].toFixed(2),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium,
    chromiumPath: path ?? "playwright bundled chromium",
  };
}

export function machineLine(m: MachineInfo): string {
  return `machine: ${m.cpus} cores (${m.cpuModel}), ${(m.ramBytes / 2 ** 30).toFixed(1)} GiB RAM, load ${m.loadAvg1}, node ${m.node}, ${m.chromium} [${m.chromiumPath}]`;
}
