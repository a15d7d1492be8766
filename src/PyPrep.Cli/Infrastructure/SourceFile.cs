using System.Text;

namespace PyPrep.Cli.Infrastructure;

/// <summary>Reads a solution file the user named, refusing what cannot be graded with one clear reason.</summary>
internal static class SourceFile
{
    public const int MaxBytes = 256 * 1024;

    public static string Read(string path)
    {
        if (Directory.Exists(path)) throw new InputException($"{path} is a directory, not a file");
        if (!File.Exists(path)) throw new InputException($"file not found: {path}");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {path}: {e.Message}");
        }
        if (bytes.Length > MaxBytes) throw new InputException($"{path} is larger than {MaxBytes / 1024} KiB");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{path} is not UTF-8 text");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{path} is empty");
        return text;
    }
}
