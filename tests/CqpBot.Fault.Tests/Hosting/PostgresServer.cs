using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CqpBot.Fault.Tests.Hosting;

/// <summary>
/// A PostgreSQL server of the test's own (initdb in a temporary folder, 127.0.0.1 on a free port), which the test may
/// stop and start again: the shared server of the other tests must keep running. PostgreSQL refuses to run as root,
/// so under root (CI) its programs run as the "postgres" account that .ci/postgres.sh's package created.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromSeconds(60);

    private readonly string folder;
    private readonly string bin;

    private PostgresServer(string folder, string bin, int port)
    {
        this.folder = folder;
        this.bin = bin;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The maintenance database's connection, as <see cref="PostgresDatabase.CreateAsync(NpgsqlConnectionStringBuilder, CancellationToken)"/> takes it.</summary>
    public NpgsqlConnectionStringBuilder Connection => new() { Host = "127.0.0.1", Port = Port, Username = "cqpbot", Database = "postgres", Pooling = false };

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var bin = (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Where(d => int.TryParse(Path.GetFileName(d), out _) && File.Exists(Path.Combine(d, "bin", "initdb")))
            .OrderBy(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture)).Select(d => Path.Combine(d, "bin")).LastOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL under /usr/lib/postgresql: run .ci/postgres.sh first.");
        var server = new PostgresServer(Directory.CreateTempSubdirectory("cqpbot-pg-").FullName, bin, FreePort());
        try
        {
            if (Environment.IsPrivilegedProcess)
                await RunAsync("chown", ["postgres:postgres", server.folder], asPostgres: false, cancellationToken);
            // Trust on 127.0.0.1 only: a throwaway server that listens nowhere else. No sync: initdb's files are not the
            // test. No locale: a clean machine may not have generated the one LANG names.
            await server.RunAsync("initdb", ["-D", server.DataFolder, "-U", "cqpbot", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken);
            await server.StartAgainAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>Starts it (the first time, or again after <see cref="StopAsync"/>: same data), and waits until it accepts connections.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken) =>
        RunAsync("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "50",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=60", "start"], cancellationToken);

    /// <summary>
    /// Stops it as an operator would ("fast": open sessions are ended with "terminating connection due to administrator
    /// command", new connections are refused), and waits until it is down.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        RunAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "-t", "50", "stop"], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
                await RunAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "-t", "30", "stop"], CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Stopped meanwhile; or stuck, and then the folder's removal below is all that can be done.
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(bin, program), arguments, asPostgres: true, cancellationToken);

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = asPostgres && Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("/usr/sbin/runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(CommandLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
    }

    /// <summary>
    /// A free port below Linux's ephemeral range, so that nothing else on the machine (bind(0), outgoing connections) can
    /// take it while the server is stopped.
    /// </summary>
    private static int FreePort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: another one.
            }
        }

        throw new InvalidOperationException("No free port between 20000 and 32000 on 127.0.0.1.");
    }
}
