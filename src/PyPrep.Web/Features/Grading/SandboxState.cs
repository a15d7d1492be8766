namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Whether the real sandbox can run here: found at start (files, then one real job), then kept up to
/// date by grading, which marks it broken when a sandbox cannot start and healthy when one ran.
/// Pages and <c>/healthz</c> show the problem when it cannot run.
/// </summary>
public sealed class SandboxState(bool isAvailable, string? problem)
{
    private readonly object gate = new();
    private bool available = isAvailable;
    private string? reason = problem;

    /// <summary>Whether the files-only check at start passed; when it did not, nothing runs until a restart.</summary>
    public bool Installed { get; } = isAvailable;

    public bool IsAvailable
    {
        get { lock (gate) return available; }
    }

    public string? Problem
    {
        get { lock (gate) return reason; }
    }

    /// <summary>The sandbox could not run a job: submissions wait until it can again.</summary>
    public void Broken(string why)
    {
        lock (gate) (available, reason) = (false, why);
    }

    /// <summary>A job ran in the sandbox.</summary>
    public void Works()
    {
        lock (gate) (available, reason) = (true, null);
    }
}
