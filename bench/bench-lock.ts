import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '../src/neo4j-server/process-alive.js';


/**
 * One bench run at a time per bench Neo4j: a second run would wipe the first one's graph mid-measurement.
 * The lock is a file holding the owner's pid; a lock whose owner is gone is taken over.
 */
export function acquireBenchLock(homeDir: string): () => void {
  mkdirSync(homeDir, { recursive: true });
  const file = join(homeDir, 'bench.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`Another bench run (pid ${owner}) is using ${homeDir}. Wait for it to finish; two runs would wipe each other's graph.`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the bench lock ${file}.`);
}
