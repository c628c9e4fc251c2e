using System.Diagnostics;
using System.Net.Sockets;

namespace CqpBot.Fault.Tests.Hosting;

/// <summary>
/// CqpBot as a child process on 127.0.0.1: started, ready when /healthz answers 200, killed (SIGKILL) on demand and on
/// dispose. Its output goes to a log file that outlives it, for assertions and for reading after a failure.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly StreamWriter log;
    private bool closed;

    private BotProcess(Process process, StreamWriter log, Uri address, string logPath)
    {
        this.process = process;
        this.log = log;
        Address = address;
        LogPath = logPath;
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Starts the bot on a free port with the given storage settings and waits until it is ready.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> storage, string name, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var dll = Binary();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["Dialogs__Path"] = Repository.Dialogs;
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in storage)
            info.Environment[key] = value;

        var logPath = Path.Combine(AppContext.BaseDirectory, "logs", $"{name}-{DateTime.UtcNow:HHmmss.fff}-{port}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        var bot = new BotProcess(process, log, address, logPath);
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilReadyAsync(cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, in-flight requests get a connection error.</summary>
    public void Kill()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public string ReadLog()
    {
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReadyTimeout);
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode} before it was ready; see {LogPath}");
            try
            {
                using var response = await http.GetAsync("/healthz", timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!timeout.IsCancellationRequested)
            {
                // One slow probe; the overall timeout still bounds the wait.
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private void Write(string? line)
    {
        lock (log)
        {
            if (line is not null && !closed)
                log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The bot built beside the tests (it is a project reference), or in its own project's output.</summary>
    private static string Binary()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "CqpBot.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "CqpBot.runtimeconfig.json")))
            return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var own = Path.Combine(Repository.Root, "src", "CqpBot", "bin", configuration, "net10.0", "CqpBot.dll");
        return File.Exists(own) ? own : throw new FileNotFoundException("CqpBot.dll not found: build the solution first", own);
    }
}
