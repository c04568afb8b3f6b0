/**
 * Preloaded into the Next server by `npm start` (node --import): appends the address of the
 * connection to the X-Forwarded-For header of every request, before Next or the app reads it.
 *
 * Next's own server only sets X-Forwarded-For when a request has none, keeping whatever a client
 * sent: the rate limits would then count a client under an address it chose. With this hop the
 * last entry is always the connection's own address (a client's, or the nearest proxy's), and
 * src/domain/http/clientAddress.ts picks the client TRUST_PROXY hops from the end.
 * `http.server.request.start` is published before the server's 'request' event, synchronously.
 */
import diagnosticsChannel from 'node:diagnostics_channel'

diagnosticsChannel.subscribe('http.server.request.start', ({ request, socket }) => {
  const received = request.headers['x-forwarded-for']
  const connection = socket.remoteAddress ?? 'unknown'
  request.headers['x-forwarded-for'] = received ? `${received}, ${connection}` : connection
})
