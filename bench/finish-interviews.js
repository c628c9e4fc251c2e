// Plays N whole interviews through /api/messages, each in its own conversation, C at a time, with the typed answers of
// a turns file (its last line, which only starts the next interview, is left out). Fails unless every interview ends on
// the conclusion. Prints one JSON line: {finished, failed, seconds}.
// Usage: node finish-interviews.js URL TURNS_FILE COUNT [CONCURRENCY]
'use strict';
const fs = require('fs');
const http = require('http');

const [url, turnsFile, countArg, concurrencyArg] = process.argv.slice(2);
const count = Number(countArg), concurrency = Number(concurrencyArg || 32);
const turns = fs.readFileSync(turnsFile, 'utf8').split(/\r?\n/).filter((l) => l.length > 0).slice(0, -1);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const run = Date.now();

function post(conversation, turn, text) {
    const body = JSON.stringify({
        type: 'message', id: `${ conversation }-${ turn }`, channelId: 'test', serviceUrl: 'http://127.0.0.1:1',
        from: { id: `user-${ conversation }`, role: 'user' }, recipient: { id: 'bot', role: 'bot' },
        conversation: { id: conversation }, text, locale: 'fr-FR', deliveryMode: 'expectReplies'
    });
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent, timeout: 10000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end(body);
    });
}

// The body escapes non-ASCII characters (\u00E9): read it as JSON before looking for the word.
function concludes(body) {
    try { return JSON.stringify(JSON.parse(body)).includes('Terminé'); } catch (e) { return false; }
}

async function main() {
    let next = 0, finished = 0, failed = 0;
    const started = process.hrtime.bigint();
    async function worker() {
        while (next < count) {
            const conversation = `finish-${ run }-${ next++ }`;
            let last = { status: 0, text: '' };
            for (let t = 0; t < turns.length && (t === 0 || last.status === 200); t++)
                last = await post(conversation, t, turns[t]).catch(() => ({ status: 0, text: '' }));
            if (last.status === 200 && concludes(last.text)) finished++; else failed++;
        }
    }
    await Promise.all(Array.from({ length: concurrency }, worker));
    agent.destroy();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(JSON.stringify({ finished, failed, seconds }) + '\n');
    process.exit(failed === 0 ? 0 : 1);
}

main();
