/**
 * `npm run pacs:up | pacs:load [DIR...] | pacs:down` — a local Orthanc + DICOMweb for the DICOMweb
 * cases (loopback only, DICOM port off, writes need the admin credential).
 *
 * up:   installs Debian `orthanc` + `orthanc-dicomweb` with apt-get when missing (root only; the
 *       package's own service is kept from starting), writes the config (scripts/pacs/orthanc.json +
 *       storage in a temp dir + port) and starts Orthanc, recording its PID.
 * load: uploads every DICOM file under content/cases/<id>/dicom/ (or the given folders).
 * down: stops the Orthanc this script started (by its recorded PID) and deletes the temp storage.
 *
 * Env: PACS_PORT (default 8042), PACS_STATE_DIR (default <tmp>/atlas-pacs-<port>),
 * PACS_ADMIN_PASSWORD (default random per `up`; stored in the state dir, mode 600).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ORTHANC = "/usr/sbin/Orthanc";
const PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so";
const port = Number(process.env.PACS_PORT ?? 8042);
const stateDir = process.env.PACS_STATE_DIR ?? path.join(os.tmpdir(), `atlas-pacs-${port}`);
const statePath = path.join(stateDir, "state.json");
const here = path.dirname(new URL(import.meta.url).pathname);

interface State {
  pid: number;
  port: number;
  config: string;
  adminAuth: string;
}

const readState = (): State | null =>
  fs.existsSync(statePath) ? (JSON.parse(fs.readFileSync(statePath, "utf8")) as State) : null;

/** True when `pid` is alive and is the Orthanc started with our config (guards against PID reuse). */
function isOurs(s: State): boolean {
  try {
    return fs.readFileSync(`/proc/${s.pid}/cmdline`, "utf8").includes(s.config);
  } catch {
    return false;
  }
}

function install(): void {
  if (fs.existsSync(ORTHANC) && fs.existsSync(PLUGIN)) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${ORTHANC} or ${PLUGIN} missing: run as root (or: apt-get install orthanc orthanc-dicomweb)`,
    );
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !fs.existsSync(policy);
  if (ownPolicy) fs.writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 }); // keep the packaged service from starting
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [
      ["update"],
      ["install", "-y", "--no-install-recommends", "orthanc", "orthanc-dicomweb"],
    ]) {
      const r = spawnSync("apt-get", args, { stdio: "inherit", env });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed (${r.status})`);
    }
  } finally {
    if (ownPolicy) fs.rmSync(policy, { force: true });
  }
}

async function waitUp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(`${url}/system`)).ok) return;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > until)
      throw new Error(
        `Orthanc did not answer on ${url} within ${ms / 1000} s (log: ${stateDir}/orthanc.log)`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function up(): Promise<void> {
  const running = readState();
  if (running && isOurs(running))
    return void console.log(
      `Orthanc already running (pid ${running.pid}) on http://127.0.0.1:${running.port}`,
    );
  install();
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(stateDir, "storage"), { recursive: true, mode: 0o700 });
  const password = process.env.PACS_ADMIN_PASSWORD ?? randomBytes(18).toString("base64url");
  const adminAuth = `Basic ${Buffer.from(`atlas-admin:${password}`).toString("base64")}`;
  const lua = path.join(stateDir, "write-filter.lua");
  fs.writeFileSync(
    lua,
    fs
      .readFileSync(path.join(here, "write-filter.lua"), "utf8")
      .replaceAll("@ADMIN_AUTH@", adminAuth),
    { mode: 0o600 },
  );
  const base = JSON.parse(fs.readFileSync(path.join(here, "orthanc.json"), "utf8")) as Record<
    string,
    unknown
  >;
  delete base._comment;
  const storage = path.join(stateDir, "storage");
  const config = {
    ...base,
    HttpPort: port,
    StorageDirectory: storage,
    IndexDirectory: storage,
    Plugins: [PLUGIN],
    LuaScripts: [lua],
  };
  const configPath = path.join(stateDir, "orthanc.json");
  fs.writeFileSync(configPath, JSON.stringify(config, null, 1), { mode: 0o600 });
  const log = fs.openSync(path.join(stateDir, "orthanc.log"), "a");
  const child = spawn(ORTHANC, [configPath], { detached: true, stdio: ["ignore", log, log] });
  child.unref();
  const state: State = { pid: child.pid!, port, config: configPath, adminAuth };
  fs.writeFileSync(statePath, JSON.stringify(state), { mode: 0o600 });
  await waitUp(`http://127.0.0.1:${port}`, 30_000);
  console.log(
    `Orthanc ${ORTHANC} pid ${state.pid} on http://127.0.0.1:${port} (DICOMweb /dicom-web/, storage ${storage})`,
  );
}

function dicomFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".dcm"))
    .map((e) => path.join(e.parentPath, e.name));
}

async function load(dirs: string[]): Promise<void> {
  const s = readState();
  if (!s || !isOurs(s)) throw new Error("Orthanc is not running: npm run pacs:up first");
  const cases = path.resolve("content/cases");
  const roots = dirs.length
    ? dirs
    : fs.existsSync(cases)
      ? fs.readdirSync(cases).map((id) => path.join(cases, id, "dicom"))
      : [];
  const files = roots.flatMap(dicomFiles).sort();
  if (files.length === 0)
    throw new Error(`no .dcm files under ${roots.join(", ") || "content/cases/*/dicom"}`);
  for (const f of files) {
    const r = await fetch(`http://127.0.0.1:${s.port}/instances`, {
      method: "POST",
      headers: { authorization: s.adminAuth, "content-type": "application/dicom" },
      body: fs.readFileSync(f),
    });
    if (!r.ok) throw new Error(`${f}: upload refused (HTTP ${r.status} ${await r.text()})`);
  }
  console.log(`uploaded ${files.length} DICOM file(s) to http://127.0.0.1:${s.port}`);
}

async function down(): Promise<void> {
  const s = readState();
  if (!s) return void console.log("no Orthanc started by pacs:up (no state file)");
  if (isOurs(s)) {
    process.kill(s.pid, "SIGTERM");
    for (let i = 0; i < 40 && isOurs(s); i++) await new Promise((r) => setTimeout(r, 250));
    if (isOurs(s)) process.kill(s.pid, "SIGKILL");
    console.log(`stopped Orthanc pid ${s.pid}`);
  } else console.log(`Orthanc pid ${s.pid} is not running`);
  fs.rmSync(stateDir, { recursive: true, force: true });
}

const [cmd, ...rest] = process.argv.slice(2);
const run =
  cmd === "up"
    ? up()
    : cmd === "load"
      ? load(rest)
      : cmd === "down"
        ? down()
        : Promise.reject(new Error("usage: pacs.ts up|load [DIR...]|down"));
run.catch((e: unknown) => {
  console.error(`pacs ${cmd ?? ""}: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
