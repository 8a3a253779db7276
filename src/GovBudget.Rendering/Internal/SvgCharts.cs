using System.Globalization;
using System.Text;
using GovBudget.Amounts;

namespace GovBudget.Rendering.Internal;

/// <summary>
/// Draws charts as inline SVG. Bar geometry is integer arithmetic on amounts; only the pie's angles use
/// <see cref="double"/> (sine and cosine), confined to this renderer.
/// </summary>
internal static class SvgCharts
{
    private static readonly string[] Palette = ["#c0392b", "#2e86c1", "#f39c12", "#27ae60", "#8e44ad", "#16a085", "#d35400", "#7f8c8d"];

    public static void Write(StringBuilder html, Chart chart, Labels labels)
    {
        html.Append("<figure class=\"chart\">");
        if (chart.Pie)
        {
            Pie(html, chart, labels);
        }
        else
        {
            Bars(html, chart, labels);
        }

        html.Append("<figcaption>").Append(Html.Escape(chart.Number + labels.Z("：", ": ") + chart.Title)).Append("</figcaption></figure>\n");
    }

    private static void Bars(StringBuilder html, Chart chart, Labels labels)
    {
        const int width = 420;
        const int height = 250;
        const int left = 50;
        const int top = 30;
        const int plot = 170;
        var baseline = top + plot;
        var max = chart.Values.Max(v => v.Value.Value.Ticks);
        var slot = (width - left - 20) / chart.Values.Count;
        var barWidth = Math.Min(90, slot / 2);
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"bars\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Html.Escape(chart.Title)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{baseline}\" x2=\"{width - 10}\" y2=\"{baseline}\" stroke=\"#555\" stroke-width=\"1\" />");
        for (var i = 0; i < chart.Values.Count; i++)
        {
            var (label, value) = chart.Values[i];
            var ticks = Math.Max(0, value.Value.Ticks);
            var h = max <= 0 ? 0 : (int)(plot * ticks / max);
            var x = left + (slot * i) + ((slot - barWidth) / 2);
            var colour = Palette[(i + 1) % Palette.Length];
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{baseline - h}\" width=\"{barWidth}\" height=\"{h}\" fill=\"{colour}\" />");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth / 2)}\" y=\"{baseline - h - 6}\" text-anchor=\"middle\" class=\"value\">{Html.Escape(Numbers.Format(value))}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth / 2)}\" y=\"{baseline + 20}\" text-anchor=\"middle\">{Html.Escape(label)}</text>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"16\" class=\"unit\">{Html.Escape(labels.UnitLine(chart.Values[0].Value.Precision))}</text>");
        html.Append("</svg>");
    }

    private static void Pie(StringBuilder html, Chart chart, Labels labels)
    {
        const int cx = 110;
        const int cy = 115;
        const int r = 95;
        var legendHeight = 30 + (chart.Values.Count * 24);
        var height = Math.Max(240, legendHeight);
        var total = Amount.Zero;
        foreach (var (_, value) in chart.Values)
        {
            total += value.Value;
        }

        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"pie\" width=\"560\" height=\"{height}\" viewBox=\"0 0 560 {height}\" role=\"img\" aria-label=\"{Html.Escape(chart.Title)}\">");
        var start = 0m;
        for (var i = 0; i < chart.Values.Count; i++)
        {
            var (label, value) = chart.Values[i];
            var colour = Palette[i % Palette.Length];
            var share = value.Value.Ticks / (decimal)total.Ticks;
            if (chart.Values.Count == 1 || share >= 0.9999m)
            {
                html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{colour}\" />");
            }
            else if (share > 0)
            {
                var (x1, y1) = Point(cx, cy, r, start);
                var (x2, y2) = Point(cx, cy, r, start + share);
                var large = share > 0.5m ? 1 : 0;
                html.Append(CultureInfo.InvariantCulture, $"<path d=\"M{cx},{cy} L{x1},{y1} A{r},{r} 0 {large},1 {x2},{y2} Z\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1\" />");
            }

            start += share;
            var y = 30 + (i * 24);
            var percent = Percentage.FromRatio(value.Value, total, 2);
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"230\" y=\"{y - 11}\" width=\"14\" height=\"14\" fill=\"{colour}\" />");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"252\" y=\"{y}\">{Html.Escape($"{label} {Numbers.Format(value)} {labels.UnitName(value.Precision.Unit)}（{percent}）")}</text>");
        }

        html.Append("</svg>");
    }

    /// <summary>The point at a fraction of the full turn, starting at 12 o'clock, clockwise.</summary>
    private static (string X, string Y) Point(int cx, int cy, int r, decimal turn)
    {
        var angle = ((double)turn * 2 * Math.PI) - (Math.PI / 2);
        var x = cx + (r * Math.Cos(angle));
        var y = cy + (r * Math.Sin(angle));
        return (x.ToString("0.##", CultureInfo.InvariantCulture), y.ToString("0.##", CultureInfo.InvariantCulture));
    }
}
