#!/usr/bin/env python3
# A database one network hop away, on one machine: a TCP proxy on 127.0.0.1:LISTEN that forwards to 127.0.0.1:TARGET
# and holds every chunk DELAY_MS before passing it on, both ways. Python's timers round up (epoll waits whole
# milliseconds), so the round trip it adds is about 2-4 ms for a 0.5 ms delay: measure it, do not assume it.
# Usage: delay-proxy.py DELAY_MS LISTEN_PORT TARGET_PORT   (used by run.sh --db-delay-ms)
import asyncio, sys
DELAY = float(sys.argv[1]) / 1000
LISTEN, TARGET = int(sys.argv[2]), int(sys.argv[3])
async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await asyncio.sleep(DELAY)
            writer.write(data)
            await writer.drain()
    except Exception:
        pass
    finally:
        writer.close()
async def handle(cr, cw):
    sr, sw = await asyncio.open_connection('127.0.0.1', TARGET)
    await asyncio.gather(pipe(cr, sw), pipe(sr, cw))
async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', LISTEN)
    async with server:
        await server.serve_forever()
asyncio.run(main())
