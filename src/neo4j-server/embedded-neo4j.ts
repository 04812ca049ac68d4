import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { EmbeddedNeo4jConfig } from '../config.js';
import { AppError } from '../errors.js';
import { checkJava, ensureNeo4jInstalled, javaExecutable } from './install.js';
import { jvmArgs, neo4jLayout, renderNeo4jConf, type Neo4jLayout } from './neo4j-conf.js';
import { discoverNeo4j, isPortOpen } from './probe.js';
import { isAlive } from './process-alive.js';

export interface StartResult {
  /** False when a Neo4j was already answering on the configured ports and was reused. */
  started: boolean;
  pid?: number;
  version: string;
  boltUrl: string;
  browserUrl: string;
}

type Log = (line: string) => void;

const POLL_MS = 250;


function readPid(layout: Neo4jLayout): number | undefined {
  if (!existsSync(layout.pidFile)) return undefined;
  const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function urls(config: EmbeddedNeo4jConfig) {
  return {
    boltUrl: `bolt://127.0.0.1:${config.boltPort}`,
    browserUrl: `http://127.0.0.1:${config.httpPort}/browser/`,
  };
}

/** A Neo4j already serving on our ports is reused; anything else on them is an error the user must fix. */
async function findRunning(config: EmbeddedNeo4jConfig): Promise<StartResult | undefined> {
  const [boltOpen, httpOpen] = await Promise.all([isPortOpen(config.boltPort), isPortOpen(config.httpPort)]);
  if (!boltOpen && !httpOpen) return undefined;
  const discovery = httpOpen ? await discoverNeo4j(config.httpPort) : undefined;
  if (discovery && boltOpen) {
    return { started: false, version: discovery.neo4jVersion, ...urls(config) };
  }
  const [port, variable] = discovery || !httpOpen ? [config.boltPort, 'NEO4J_BOLT_PORT'] : [config.httpPort, 'NEO4J_HTTP_PORT'];
  // Our own server may still be starting: let the caller wait for it instead of failing.
  if (readPid(neo4jLayout(config)) !== undefined) return undefined;
  throw new AppError(
    'PORT_IN_USE',
    `Port ${port} is taken by something that is not a running Neo4j. Stop it, or set ${variable} to a free port.`,
  );
}

function prepareHome(config: EmbeddedNeo4jConfig, layout: Neo4jLayout): void {
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run, layout.importDir, layout.plugins]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(layout.conf, 'neo4j.conf'), renderNeo4jConf(config, layout));
}

/** Before the very first start only: Neo4j ignores an initial password once its system database exists. */
function setInitialPassword(config: EmbeddedNeo4jConfig, layout: Neo4jLayout, java: string, libDir: string): void {
  if (existsSync(join(layout.data, 'dbms', 'auth.ini')) || existsSync(join(layout.data, 'databases', 'system'))) return;
  const result = spawnSync(
    java,
    ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', config.password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf } },
  );
  if (result.status !== 0) {
    throw new AppError('NEO4J_START_FAILED', `Could not set Neo4j's initial password: ${(result.stderr || result.stdout).trim()}`);
  }
}

async function waitUntilReady(config: EmbeddedNeo4jConfig, layout: Neo4jLayout, pid: number | undefined): Promise<string> {
  const deadline = Date.now() + config.startTimeoutMs;
  while (Date.now() < deadline) {
    if (pid !== undefined && !isAlive(pid)) {
      throw new AppError(
        'NEO4J_START_FAILED',
        `Neo4j exited during start-up. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog, 15)}`,
      );
    }
    if (await isPortOpen(config.boltPort)) {
      const discovery = await discoverNeo4j(config.httpPort);
      if (discovery) return discovery.neo4jVersion;
    }
    await delay(POLL_MS);
  }
  throw new AppError(
    'NEO4J_START_FAILED',
    `Neo4j did not answer on Bolt port ${config.boltPort} within ${config.startTimeoutMs / 1000}s. See ${layout.consoleLog}.`,
  );
}

/**
 * Starts the project's own Neo4j in the background (it outlives this process, like any local database) or
 * reuses the one already running, and resolves once Bolt and HTTP answer.
 */
export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig, log: Log = () => {}): Promise<StartResult> {
  const running = await findRunning(config);
  if (running) return running;

  const layout = neo4jLayout(config);
  const existingPid = readPid(layout);
  if (existingPid !== undefined && isAlive(existingPid)) {
    log(`Waiting for the Neo4j already starting (pid ${existingPid})…`);
    const version = await waitUntilReady(config, layout, existingPid);
    return { started: false, pid: existingPid, version, ...urls(config) };
  }

  const java = javaExecutable(config.javaHome);
  checkJava(java);
  const libDir = ensureNeo4jInstalled(config, log);
  prepareHome(config, layout);
  setInitialPassword(config, layout, java, libDir);

  log(`Starting Neo4j ${config.version} (Bolt ${config.boltPort}, HTTP ${config.httpPort}, data in ${layout.data})…`);
  const out = openSync(layout.consoleLog, 'a');
  const child = spawn(
    java,
    [
      ...jvmArgs(config),
      '-cp',
      `${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf } },
  );
  closeSync(out);
  if (child.pid === undefined) throw new AppError('NEO4J_START_FAILED', `Could not launch ${java}.`);
  child.unref();
  writeFileSync(layout.pidFile, `${child.pid}\n`);
  try {
    const version = await waitUntilReady(config, layout, child.pid);
    return { started: true, pid: child.pid, version, ...urls(config) };
  } catch (error) {
    if (isAlive(child.pid)) process.kill(child.pid, 'SIGKILL');
    rmSync(layout.pidFile, { force: true });
    throw error;
  }
}

/** Stops the Neo4j this project started (never one it merely reused); waits for a clean shutdown. */
export async function stopEmbeddedNeo4j(config: EmbeddedNeo4jConfig, log: Log = () => {}): Promise<boolean> {
  const layout = neo4jLayout(config);
  const pid = readPid(layout);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(layout.pidFile, { force: true });
    return false;
  }
  log(`Stopping Neo4j (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await delay(POLL_MS);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(layout.pidFile, { force: true });
  return true;
}

export async function embeddedNeo4jStatus(config: EmbeddedNeo4jConfig): Promise<{ running: boolean; pid?: number; version?: string }> {
  const discovery = (await isPortOpen(config.boltPort)) ? await discoverNeo4j(config.httpPort) : undefined;
  const pid = readPid(neo4jLayout(config));
  return { running: discovery !== undefined, pid: pid !== undefined && isAlive(pid) ? pid : undefined, version: discovery?.neo4jVersion };
}
