namespace PyPrep.Sandbox;

/// <summary>
/// Hands out one unprivileged uid per live sandbox, so RLIMIT_NPROC and signals stay within a slot:
/// a fork bomb in one slot cannot starve or kill another. A uid is held by an exclusive lock file
/// in a host-only folder, so several PyPrep processes on one machine (web nodes, workers, test
/// runs) never share a uid; the kernel drops the lock if the holder dies.
/// </summary>
internal sealed class UidAllocator(int first, int count)
{
    private static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "pyprep-sandbox-uids");
    private readonly Dictionary<int, FileStream> held = [];
    private readonly object gate = new();
    private int next;

    public int Acquire()
    {
        Directory.CreateDirectory(LockDirectory);
        lock (gate)
        {
            for (var attempt = 0; attempt < count; attempt++)
            {
                var uid = first + (next++ % count);
                if (held.ContainsKey(uid)) continue;
                try
                {
                    // FileShare.None takes an exclusive flock on Unix: held until disposed or the process dies.
                    var stream = new FileStream(Path.Combine(LockDirectory, $"{uid}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    held[uid] = stream;
                    return uid;
                }
                catch (IOException)
                {
                    // Another process holds this uid.
                }
            }
        }
        throw new InvalidOperationException($"no free sandbox uid among {count}; too many sandboxes at once");
    }

    public void Release(int uid)
    {
        lock (gate)
        {
            if (held.Remove(uid, out var stream)) stream.Dispose();
        }
    }
}
