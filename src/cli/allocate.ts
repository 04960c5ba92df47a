import { runAllocate } from './allocateRun';
import { EXIT } from './usage';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth reporting.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw err;
});

process.exitCode = await runAllocate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
