import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedNeo4jConfig } from '../config.js';
import { AppError } from '../errors.js';

const POM = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'neo4j', 'pom.xml');

export function javaExecutable(javaHome: string | undefined): string {
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Neo4j 5.26 runs on Java 17 or 21 only. */
export function checkJava(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new AppError(
      'JAVA_MISSING',
      `Java was not found (${java}). Install a Java 17 or 21 JDK (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (major !== 17 && major !== 21) {
    throw new AppError(
      'JAVA_MISSING',
      `Neo4j 5.26 needs Java 17 or 21, but ${java} is Java ${Number.isNaN(major) ? 'of unknown version' : major}. Set JAVA_HOME to a Java 17 or 21 JDK.`,
    );
  }
  return major;
}

function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new AppError(
      'MAVEN_MISSING',
      'Maven (mvn) was not found; it is needed once to fetch Neo4j from Maven Central. Install it (e.g. apt-get install maven).',
    );
  }
}

export function libDirFor(config: EmbeddedNeo4jConfig): string {
  return join(config.cacheDir, `neo4j-${config.version}-browser-${config.browserVersion}`, 'lib');
}

/**
 * Resolves Neo4j Community, its server and Neo4j Browser from Maven Central into a cache folder, once.
 * The folder is filled under a temporary name and renamed, so an interrupted download is never reused.
 */
export function ensureNeo4jInstalled(config: EmbeddedNeo4jConfig, log: (line: string) => void): string {
  const libDir = libDirFor(config);
  const marker = join(libDir, '.complete');
  if (existsSync(marker)) return libDir;

  checkMaven();
  log(`Fetching Neo4j ${config.version} and Neo4j Browser ${config.browserVersion} from Maven Central (once)…`);
  const staging = `${libDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(libDir), { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      `-Dneo4j.version=${config.version}`,
      `-Dneo4j.browser.version=${config.browserVersion}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${staging}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new AppError('NEO4J_START_FAILED', `Maven could not resolve Neo4j from Maven Central:\n${output}`);
  }
  writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(libDir, { recursive: true, force: true });
  renameSync(staging, libDir);
  return libDir;
}
