using System.Text;

namespace GovBudget.Rendering.Internal;

/// <summary>Escaping for HTML/XHTML text and attribute values (after <see cref="SafeText.Clean"/>).</summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        text = SafeText.Clean(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n': builder.Append("&#10;"); break;
                default:
                    if (c < ' ' && c != '\t')
                    {
                        break;
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
