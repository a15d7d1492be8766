namespace PyPrep.Core.Tests;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>A folder of this test project's source tree (golden data lives next to the tests).</summary>
    public static string Tests(params string[] parts) => Path.Combine([Root, "tests", "PyPrep.Core.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PyPrep.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root (PyPrep.slnx) not found above " + AppContext.BaseDirectory);
    }
}
