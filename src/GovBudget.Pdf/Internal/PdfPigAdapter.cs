using GovBudget.Import.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

// The one place where PdfPig's binary floating-point coordinates are received: each is converted to decimal (rounded
// to 0.001 pt) as soon as it is read, and nothing else in this package sees a double.
#pragma warning disable RS0030

namespace GovBudget.Pdf.Internal;

/// <summary>Reads PdfPig letters and paths into decimal glyphs and rule boxes.</summary>
internal static class PdfPigAdapter
{
    // Coordinates beyond this are damage, not geometry (a page is at most 14,400 pt wide).
    private const double Limit = 1_000_000;
    private const double Straight = 0.1;

    /// <summary>Appends the page's letters; returns how many had no Unicode value.</summary>
    public static int ReadLetters(Page page, List<Glyph> into)
    {
        var undecodable = 0;
        var letters = page.Letters;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var text = Clean(letter.Value, ref undecodable);
            if (text.Length == 0)
            {
                continue;
            }

            var glyph = letter.BoundingBox;
            var horizontal = letter.TextOrientation == TextOrientation.Horizontal;
            double size = letter.PointSize > 0 ? letter.PointSize : glyph.Height;
            double x0, x1, baseline, bottom = glyph.Bottom, top = glyph.Top;
            if (horizontal)
            {
                x0 = letter.StartBaseLine.X;
                x1 = letter.EndBaseLine.X;
                baseline = letter.StartBaseLine.Y;
                if (x1 < x0)
                {
                    (x0, x1) = (x1, x0);
                }

                if (!(top > bottom))
                {
                    bottom = baseline - (0.2 * size);
                    top = baseline + (0.8 * size);
                }
            }
            else
            {
                x0 = glyph.Left;
                x1 = glyph.Right;
                baseline = glyph.Bottom;
            }

            if (!TryConvert(x0, out var dx0) || !TryConvert(x1, out var dx1) || !TryConvert(baseline, out var dBase)
                || !TryConvert(Math.Min(bottom, top), out var dBottom) || !TryConvert(Math.Max(bottom, top), out var dTop)
                || !TryConvert(size, out var dSize))
            {
                continue; // a letter placed at NaN or far off the page: damage, dropped
            }

            if (dSize <= 0)
            {
                dSize = Math.Max(dTop - dBottom, 1m);
            }

            into.Add(new Glyph(text, dx0, dx1, dBase, dBottom, dTop, dSize, string.IsNullOrWhiteSpace(text), horizontal, i));
        }

        return undecodable;
    }

    /// <summary>
    /// Appends the boxes of the visible axis-aligned segments the page draws: stroked lines (and rectangle edges), and
    /// filled rectangles no thicker than <paramref name="maxThickness"/>. White and clipping paths are ignored.
    /// </summary>
    public static void ReadRules(Page page, decimal maxThickness, List<LayoutBox> into)
    {
        var max = (double)maxThickness;
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            var filled = path.IsFilled && !IsWhite(path.FillColor);
            var stroked = path.IsStroked && !IsWhite(path.StrokeColor);
            if (!filled && !stroked)
            {
                continue;
            }

            var half = Math.Clamp(path.LineWidth > 0 ? path.LineWidth : 0.5, 0.1, max) / 2;
            foreach (var subpath in path)
            {
                if (filled)
                {
                    AddThinFill(subpath, max, into);
                }

                if (stroked)
                {
                    AddStrokes(subpath, half, into);
                }
            }
        }
    }

    /// <summary>The page's width and height in points.</summary>
    public static (decimal Width, decimal Height) Size(Page page)
        => (TryConvert(page.Width, out var w) ? w : 0, TryConvert(page.Height, out var h) ? h : 0);

    /// <summary>The page's <c>/Rotate</c> in degrees.</summary>
    public static int Rotation(Page page) => page.Rotation.Value;

    private static void AddThinFill(PdfSubpath subpath, double max, List<LayoutBox> into)
    {
        foreach (var command in subpath.Commands)
        {
            if (command is PdfSubpath.BezierCurve)
            {
                return; // a curve is no rule
            }
        }

        var bounds = subpath.GetBoundingRectangle();
        if (bounds is not { } r)
        {
            return;
        }

        var thin = Math.Min(r.Width, r.Height);
        var length = Math.Max(r.Width, r.Height);
        if (thin <= max && length >= 1)
        {
            Add(r.Left, r.Bottom, r.Right, r.Top, into);
        }
    }

    private static void AddStrokes(PdfSubpath subpath, double half, List<LayoutBox> into)
    {
        PdfPoint start = default, current = default;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, half, into);
                    current = line.To;
                    break;
                case PdfSubpath.Close:
                    AddSegment(current, start, half, into);
                    current = start;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, double half, List<LayoutBox> into)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= Straight && dx >= 1)
        {
            var y = (from.Y + to.Y) / 2;
            Add(Math.Min(from.X, to.X), y - half, Math.Max(from.X, to.X), y + half, into);
        }
        else if (dx <= Straight && dy >= 1)
        {
            var x = (from.X + to.X) / 2;
            Add(x - half, Math.Min(from.Y, to.Y), x + half, Math.Max(from.Y, to.Y), into);
        }
    }

    private static void Add(double left, double bottom, double right, double top, List<LayoutBox> into)
    {
        if (TryConvert(left, out var l) && TryConvert(bottom, out var b) && TryConvert(right, out var r) && TryConvert(top, out var t))
        {
            into.Add(new LayoutBox(l, b, r, t));
        }
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false; // the default colour is black
        }

        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r >= 0.95 && g >= 0.95 && b >= 0.95;
        }
        catch (InvalidOperationException)
        {
            return false; // a pattern colour: visible
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    internal static bool TryConvert(double value, out decimal result)
    {
        if (double.IsFinite(value) && Math.Abs(value) < Limit)
        {
            result = (decimal)Math.Round(value, 3, MidpointRounding.AwayFromZero);
            return true;
        }

        result = 0;
        return false;
    }

    internal static string Clean(string? value, ref int undecodable)
    {
        if (string.IsNullOrEmpty(value))
        {
            undecodable++;
            return "\uFFFD";
        }

        foreach (var c in value)
        {
            if ((char.IsControl(c) && !char.IsWhiteSpace(c)) || c == '\uFFFD')
            {
                undecodable++;
                return "\uFFFD";
            }
        }

        return CjkText.Normalize(value);
    }
}
