using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>The portal as its own process on a real port, as one instance of a production deployment runs.</summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts BKK.Portal.Web.dll on a free loopback port with these settings, and waits until it is ready.</summary>
    /// <param name="settings">Command-line settings (<c>--Section:Key=value</c>).</param>
    /// <param name="home">See <see cref="StartInfo"/>.</param>
    public static async Task<PortalProcess> StartAsync(IEnumerable<string> settings, string? home = null)
    {
        var port = FreePort();
        var start = StartInfo([$"--urls=http://127.0.0.1:{port}", .. settings], home);
        var portal = new PortalProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(90); waited += TimeSpan.FromMilliseconds(250))
        {
            if (portal._process.HasExited)
            {
                break;
            }

            try
            {
                if ((await probe.GetAsync(new Uri(portal.Address, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return portal;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening (or not answering) yet
            }

            await Task.Delay(250);
        }

        var output = portal.Output;
        await portal.DisposeAsync();
        throw new InvalidOperationException($"The portal on port {port} did not become ready:\n{output}");
    }

    /// <summary>
    /// <c>dotnet BKK.Portal.Web.dll ARGS</c> in the Testing environment, with output redirected. The portal's own
    /// project folder is the content root: its appsettings.json (the test folder also receives other projects'
    /// appsettings.json, and which one wins is not defined).
    /// </summary>
    /// <param name="args">A command (<c>import FILE</c>) and settings (<c>--Section:Key=value</c>).</param>
    /// <param name="home">A HOME of its own, as another machine has (where ASP.NET Core would keep keys it keeps in files).</param>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? home = null)
    {
        var contentRoot = WebProjectFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BKK.Portal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--contentRoot={contentRoot}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DevIdentity__Enabled"] = "true";
        if (home is not null)
        {
            Directory.CreateDirectory(home);
            start.Environment["HOME"] = home;
        }

        return start;
    }

    private static string WebProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BKK.Portal.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "BKK.Portal.Web");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
