using System.Text;

namespace GovBudget.Rendering.Internal;

/// <summary>
/// What text from a document may reach rendered output: no control characters (C0 other than tab and line feed,
/// DEL, C1), no Unicode non-characters (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF) or lone surrogates, which make XHTML
/// ill-formed, and no bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069), which
/// can make a label read differently from what it is ("a‮gnp.exe" shown as "aexe.png"). They are dropped.
/// </summary>
internal static class SafeText
{
    /// <summary><see langword="true"/> when the character at <paramref name="index"/> (and its pair) is kept.</summary>
    public static bool Keeps(string text, int index, out int length)
    {
        var c = text[index];
        length = 1;
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                length = 2;
                var scalar = char.ConvertToUtf32(c, text[index + 1]);
                return (scalar & 0xFFFE) != 0xFFFE;
            }

            return false;
        }

        return c switch
        {
            '\t' or '\n' => true,
            < ' ' or (>= '\u007F' and <= '\u009F') => false,
            >= '\u202A' and <= '\u202E' => false,
            >= '\u2066' and <= '\u2069' => false,
            >= '\uFDD0' and <= '\uFDEF' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => !char.IsLowSurrogate(c),
        };
    }

    /// <summary>The text without the characters <see cref="Keeps"/> drops; the same string when there are none.</summary>
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!Keeps(text, i, out var length))
            {
                return Rebuild(text);
            }

            i += length - 1;
        }

        return text;
    }

    private static string Rebuild(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Keeps(text, i, out var length))
            {
                builder.Append(text, i, length);
            }

            i += length - 1;
        }

        return builder.ToString();
    }
}
