using System.Text.RegularExpressions;

namespace PyPrep.Core.Behavioral;

/// <summary>Word counting and whole-word phrase matching shared by the coach.</summary>
internal static partial class StarText
{
    /// <summary>Tokens that hold a letter or a digit.</summary>
    public static int Words(string text) => Word().Count(text);

    /// <summary>A case-insensitive pattern for a phrase that must stand as whole words.</summary>
    public static Regex Phrase(string phrase) =>
        new(@"(?<![\w])" + Regex.Escape(phrase).Replace(@"\ ", @"\s+") + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.,%+/-]*")]
    private static partial Regex Word();
}
