namespace GovBudget.Classification;

/// <summary>Reads the digits of a printed code, allowing split columns (<c>208 05 05</c>) and full-width digits.</summary>
internal static class CodeText
{
    /// <summary>
    /// Reads up to 9 digits. Groups may be separated by spaces as in split 类/款/项 columns; when they are, the first
    /// group has 3 or 5 digits and every later group 2.
    /// </summary>
    public static bool TryReadDigits(ReadOnlySpan<char> text, out int value, out int digits)
    {
        // Fast path: 1 to 9 plain ASCII digits, the printed form of almost every code.
        if (unchecked((uint)(text.Length - 1)) < 9u)
        {
            var v = 0;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var d = unchecked((uint)(text[i] - '0'));
                if (d > 9)
                {
                    break;
                }

                v = unchecked((v * 10) + (int)d); // at most 9 digits: no overflow
            }

            if (i == text.Length)
            {
                value = v;
                digits = i;
                return true;
            }
        }

        return TryReadDigitsSlow(text, out value, out digits);
    }

    private static bool TryReadDigitsSlow(ReadOnlySpan<char> text, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        var groupLength = 0;
        var groups = 0;
        foreach (var c in text)
        {
            int digit;
            if (c is >= '0' and <= '9')
            {
                digit = c - '0';
            }
            else if (c is >= '０' and <= '９')
            {
                digit = c - '０';
            }
            else if (c is ' ' or '\t' or '\u3000')
            {
                if (groupLength > 0 && !EndGroup(ref groups, groupLength))
                {
                    return false;
                }

                groupLength = 0;
                continue;
            }
            else
            {
                return false;
            }

            if (++digits > 9)
            {
                return false;
            }

            groupLength++;
            value = (value * 10) + digit;
        }

        return groups == 0 || EndGroup(ref groups, groupLength);
    }

    private static bool EndGroup(ref int groups, int length)
    {
        var ok = groups == 0 ? length is 3 or 5 : length == 2;
        groups++;
        return ok;
    }
}
