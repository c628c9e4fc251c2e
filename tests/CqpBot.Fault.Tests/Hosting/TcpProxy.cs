using System.Collections.Concurrent;
using System.Net.Sockets;

namespace CqpBot.Fault.Tests.Hosting;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of a server (PostgreSQL), that can cut: every open connection is reset and new ones
/// are accepted only to be reset at once, as a crashed or unreachable server looks to its clients; until restored.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string upstreamHost;
    private readonly int upstreamPort;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> links = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private volatile bool cut;

    public TcpProxy(string upstreamHost, int upstreamPort)
    {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => links.Count;

    public void Cut()
    {
        cut = true;
        foreach (var (client, server) in links)
        {
            Reset(client);
            Reset(server);
        }
    }

    public void Restore() => cut = false;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        Cut();
        await accepting;
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (cut)
                Reset(client);
            else
                _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(upstreamHost, upstreamPort, stop.Token);
            links[client] = server;
            if (cut)
                return; // cut while connecting
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The relay ends with either side; the finally resets the other.
        }
        finally
        {
            links.TryRemove(client, out _);
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        var source = from.GetStream();
        var target = to.GetStream();
        int read;
        while ((read = await source.ReadAsync(buffer, stop.Token)) > 0)
            await target.WriteAsync(buffer.AsMemory(0, read), stop.Token);
    }

    /// <summary>
    /// Closes with RST, not FIN: the peer sees a connection reset, not a polite end. A relay may be resetting the same
    /// connection at the same moment (a cut while it ends): once disposed, a TcpClient has no socket left to reset.
    /// </summary>
    private static void Reset(TcpClient connection)
    {
        try
        {
            if (connection.Client is { } socket)
                socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        connection.Dispose();
    }
}
