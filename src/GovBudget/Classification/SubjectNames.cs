using System.Text;

namespace GovBudget.Classification;

/// <summary>
/// Compares subject names as a reader would: ignoring spaces and line wraps, full-width versus half-width
/// characters, the style of parentheses and quotation marks, and the ordinal that summary tables print before a
/// name (<c>一、</c>, <c>（三）</c>, <c>1.</c>, <c>2、</c>).
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
            if (!IsIgnored(c))
            {
                builder.Append(Fold(c));
            }
        }

        return builder.ToString();
    }

    /// <summary><see langword="true"/> when the two names are the same after <see cref="Normalize"/> (compared without allocating).</summary>
    public static bool Equivalent(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return true;
        }

        left = WithoutOrdinal(left);
        right = WithoutOrdinal(right);

        // Normalize maps each character to zero or one character, so compare the two folded streams.
        int i = 0, j = 0;
        while (true)
        {
            while (i < left.Length && IsIgnored(left[i]))
            {
                i++;
            }

            while (j < right.Length && IsIgnored(right[j]))
            {
                j++;
            }

            if (i == left.Length || j == right.Length)
            {
                return i == left.Length && j == right.Length;
            }

            if (Fold(left[i++]) != Fold(right[j++]))
            {
                return false;
            }
        }
    }

    private static bool IsIgnored(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '」';

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '【' or '〔' => '[',
        '】' or '〕' => ']',
        '、' => ',',
        '—' or '－' => '-',
        _ => c,
    };

    /// <summary>The name without a leading printed ordinal (<c>一、一般公共服务支出</c> → <c>一般公共服务支出</c>).</summary>
    public static string WithoutOrdinal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var span = name.AsSpan().TrimStart();
        var bracketed = span.Length > 0 && span[0] is '（' or '(';
        var i = bracketed ? 1 : 0;
        var start = i;
        while (i < span.Length && (char.IsAsciiDigit(span[i]) || "一二三四五六七八九十廿卅百〇零".Contains(span[i], StringComparison.Ordinal)))
        {
            i++;
        }

        if (i == start || i >= span.Length)
        {
            return name;
        }

        var closes = bracketed ? span[i] is '）' or ')' : span[i] is '、' or '.' or '．' or '，';
        return closes && i + 1 < span.Length ? span[(i + 1)..].TrimStart().ToString() : name;
    }
}
