using System.Text;
using System.Text.RegularExpressions;

namespace GovBudget.Import.Tables;

/// <summary>Text normalisation and token classes shared by the table reader.</summary>
internal static partial class ImportText
{
    /// <summary>Removes whitespace and folds full-width punctuation and quotes to one form.</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '“' or '”' or '＂' => '"',
                '‘' or '’' => '\'',
                '：' => ':',
                '，' => ',',
                '．' => '.',
                '－' or '—' or '–' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>A compact label without its ordinal (<c>一、</c>, <c>(一)</c>, <c>1.</c>).</summary>
    public static string StripOrdinal(string compact) => OrdinalPattern().Replace(compact, string.Empty);

    /// <summary>Whether a word is a printed amount (<c>1,002.76</c>, <c>34.8 1</c>, <c>0.00</c>) or a blank marker.</summary>
    public static bool IsValue(string word)
    {
        var w = word.Replace(" ", string.Empty, StringComparison.Ordinal);
        return AmountPattern().IsMatch(w) || w is "-" or "—" or "/" or "－";
    }

    /// <summary>An elision mark printed in place of rows (…, ……, ..., ⋯): templates show "more rows here" this way.</summary>
    public static bool IsEllipsis(string word) => word.Length > 0 && word.All(c => c is '…' or '⋯' or '.' or '·' or '．');

    /// <summary>Whether a word is digits only (a code, a line number or a whole amount).</summary>

    public static bool IsDigits(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    /// <summary>Whether a word is a decimal amount (has a decimal point or a thousands separator).</summary>
    public static bool IsDecimalValue(string word) => IsValue(word) && !IsDigits(word);

    /// <summary>A project code such as <c>42011622083T000000100</c>.</summary>
    public static bool IsProjectCode(string word) => ProjectCodePattern().IsMatch(word);

    [GeneratedRegex(@"^(\(?[一二三四五六七八九十廿]+[)、.]|\(\d+\)|\d+[、.](?!\d))+")]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-−]?\.\d+$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\d{6,}[A-Z]\d{6,}$")]
    private static partial Regex ProjectCodePattern();
}
