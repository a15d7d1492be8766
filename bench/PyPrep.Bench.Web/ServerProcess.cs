using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PyPrep.Bench.Web;

/// <summary>The web server as a second process on a free loopback port, with its own SQLite file, stopped at the end.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private ServerProcess(Process process, string folder, string url)
    {
        this.process = process;
        this.folder = folder;
        Url = url;
    }

    public string Url { get; }
    public int Pid => process.Id;

    public static async Task<ServerProcess> StartAsync()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var folder = Directory.CreateTempSubdirectory("pyprep-bench-web-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PyPrep.Web.dll"), "--urls", url])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PYPREP_CONTENT"] = ContentFolder();
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync(url + "/healthz")).IsSuccessStatusCode) return new ServerProcess(process, folder, url);
            }
            catch (HttpRequestException) { }
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("the server did not answer /healthz within 120 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ContentFolder()
    {
        if (Environment.GetEnvironmentVariable("PYPREP_CONTENT") is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "challenges");
            if (Directory.Exists(candidate)) return Path.Combine(dir.FullName, "content");
        }
        throw new DirectoryNotFoundException("no content/ folder above the benchmark; set PYPREP_CONTENT");
    }
}
