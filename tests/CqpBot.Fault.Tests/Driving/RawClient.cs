using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CqpBot.Fault.Tests.Driving;

/// <summary>
/// A client below HttpClient, for what HttpClient will not do: send a request a byte a second. Returns when the server
/// answers or closes, with what it said (the status line, or nothing) and after how long; or when <paramref name="giveUp"/> passes.
/// </summary>
public static class RawClient
{
    public sealed record Outcome(TimeSpan After, string? StatusLine, bool ClosedByServer);

    /// <summary>Sends <paramref name="head"/> at once, then <paramref name="trickle"/> one byte a second.</summary>
    public static async Task<Outcome> TrickleAsync(Uri server, string head, string trickle, TimeSpan giveUp, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        var started = Stopwatch.StartNew();
        var buffer = new byte[4096];
        var reading = stream.ReadAsync(buffer, cancellationToken).AsTask();
        foreach (var b in Encoding.ASCII.GetBytes(trickle))
        {
            if (started.Elapsed > giveUp)
                break;
            try
            {
                await stream.WriteAsync(new[] { b }, cancellationToken);
            }
            catch (IOException)
            {
                break; // the server has closed the connection
            }

            if (await Task.WhenAny(reading, Task.Delay(1000, cancellationToken)) == reading)
                break;
        }

        if (await Task.WhenAny(reading, Task.Delay(2000, cancellationToken)) != reading)
            return new Outcome(started.Elapsed, null, false);
        try
        {
            var read = await reading;
            var text = Encoding.ASCII.GetString(buffer, 0, read);
            return new Outcome(started.Elapsed, read == 0 ? null : text.Split("\r\n")[0], true);
        }
        catch (IOException)
        {
            return new Outcome(started.Elapsed, null, true);
        }
    }
}
