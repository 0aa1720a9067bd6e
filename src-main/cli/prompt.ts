import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Reads a secret from the terminal without echoing it; refuses when there is no terminal to ask. */
export function askSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error(`${question.replace(/:\s*$/, '')}: нет терминала для ввода, задайте переменную окружения`));
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

export async function secretFromEnv(variable: string, question: string): Promise<string> {
  const value = process.env[variable];
  return value !== undefined && value !== '' ? value : askSecret(question);
}
