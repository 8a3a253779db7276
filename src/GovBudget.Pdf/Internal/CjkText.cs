using System.Text;

namespace GovBudget.Pdf.Internal;

/// <summary>
/// Undoes a common ToUnicode slip: fonts such as Noto CJK share one glyph between an ideograph and its radical form, and
/// some PDF writers (Chromium's Skia among them) map the glyph back to the radical (U+2F00–U+2FD5 Kangxi radicals,
/// U+2E80–U+2EF3 CJK radicals supplement) or to a compatibility ideograph (U+F900–U+FAD9). Printed text holds the
/// ideograph, so that is what a word gets: 部⻔ → 部门, ⼀ → 一. Nothing else is changed (full-width punctuation stays).
/// </summary>
internal static class CjkText
{
    // The simplified-radical forms that are also whole characters, and the ideograph each stands for.
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['\u2EA0'] = '民', ['\u2EC4'] = '西', ['\u2EC5'] = '见', ['\u2EC6'] = '角', ['\u2EC9'] = '贝', ['\u2ECB'] = '车',
        ['\u2ED3'] = '长', ['\u2ED4'] = '门', ['\u2ED8'] = '青', ['\u2ED9'] = '韦', ['\u2EDA'] = '页', ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞', ['\u2EDD'] = '食', ['\u2EE2'] = '马', ['\u2EE4'] = '鬼', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟',
        ['\u2EE7'] = '卤', ['\u2EE8'] = '麦', ['\u2EE9'] = '黄', ['\u2EEA'] = '黾', ['\u2EEC'] = '齐', ['\u2EEE'] = '齿',
        ['\u2EF0'] = '龙', ['\u2EF3'] = '龟',
    };

    public static string Normalize(string text)
    {
        var i = 0;
        while (i < text.Length && !IsCandidate(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (Supplement.TryGetValue(c, out var ideograph))
            {
                builder.Append(ideograph);
            }
            else if (c is >= '\u2F00' and <= '\u2FD5' or >= '\uF900' and <= '\uFAD9')
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsCandidate(char c) => c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF';
}
