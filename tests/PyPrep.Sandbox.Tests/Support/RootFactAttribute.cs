namespace PyPrep.Sandbox.Tests.Support;

/// <summary>A test of what only happens as root (each sandbox dropped to its own uid); CI runs as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!Environment.IsPrivilegedProcess) Skip = "only root drops sandboxes to other uids; CI runs as root";
    }
}
