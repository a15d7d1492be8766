using System.Collections.Concurrent;
using System.Diagnostics;

namespace PyPrep.Sandbox;

/// <summary>
/// Starts every sandbox process from one thread that lives as long as PyPrep does. bubblewrap's
/// <c>--die-with-parent</c> is PR_SET_PDEATHSIG, which fires when the thread that started it exits,
/// not the process: started from a thread-pool thread, a sandbox was SIGKILLed when the pool
/// retired that thread after it sat idle for a while (a server's warm slots dwindled from 16 to 8
/// within a minute, and a sandbox could die starting or mid-run).
/// </summary>
internal static class LauncherThread
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Requests = [];
    // Initialised after Requests, on first use.
    private static readonly Thread Launcher = StartThread();

    /// <summary>Starts the process on the launcher thread; throws what <see cref="Process.Start()"/> throws.</summary>
    public static Task StartAsync(Process process)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((process, started));
        return started.Task;
    }

    private static Thread StartThread()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "pyprep sandbox launcher" };
        thread.Start();
        return thread;
    }

    private static void Run()
    {
        foreach (var (process, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                started.SetResult();
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }
    }
}
