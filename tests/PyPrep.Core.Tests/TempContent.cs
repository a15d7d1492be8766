namespace PyPrep.Core.Tests;

/// <summary>A throwaway content folder for tests of loaders; deleted on dispose.</summary>
internal sealed class TempContent : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("pyprep-content-").FullName;

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
