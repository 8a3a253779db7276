using System.Text;

namespace GovBudget.Classification;

/// <summary>
/// Compares subject names as a reader would: ignoring spaces and line wraps, full-width versus half-width
/// characters, and the style of parentheses and quotation marks.
/// </summary>
public static class SubjectNames
{
    /// <summary>
    /// The canonical form used for comparison: white space removed, full-width ASCII folded to half-width,
    /// Chinese parentheses and brackets folded to ASCII, quotation marks removed.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '」')
            {
                continue;
            }

            var folded = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '【' or '〔' => '[',
                '】' or '〕' => ']',
                '、' => ',',
                '—' or '－' => '-',
                _ => c,
            };
            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary><see langword="true"/> when the two names are the same after <see cref="Normalize"/>.</summary>
    public static bool Equivalent(string? left, string? right)
        => left is not null && right is not null && string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
