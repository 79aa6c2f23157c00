// The machine's ceiling for any HTTP server: a bare Node server answering a fixed page, in its own
// process like the portal, so it does not share the load generator's event loop.
import http from "node:http";

const port = Number(process.argv[2]);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><p>ok</p>");
  })
  .listen(port, "127.0.0.1");
