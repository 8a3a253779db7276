namespace GovBudget.Import.Text;

/// <summary>Display width of characters: East Asian wide and full-width characters take <c>wide</c> columns.</summary>
internal static class DisplayWidth
{
    public static bool IsWide(char c)
        => c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\u303E'
            or >= '\u3040' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';

    public static int Of(char c, int wide) => c == '\t' ? 1 : IsWide(c) ? wide : 1;

    public static int Of(ReadOnlySpan<char> text, int wide)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += Of(c, wide);
        }

        return width;
    }
}
