using System.Globalization;
using System.Text;
using GovBudget.Import.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

// Like PdfPigAdapter, the place where PdfPig's binary floating-point coordinates are received and turned into decimal.
#pragma warning disable RS0030

namespace GovBudget.Pdf.Internal;

/// <summary>One page as the reader needs it: its size, its letters (decimal glyphs) and the boxes of its visible rules.</summary>
internal sealed class RawPage
{
    public decimal Width { get; init; }

    public decimal Height { get; init; }

    public int Rotation { get; init; }

    public List<Glyph> Glyphs { get; } = [];

    public List<LayoutBox> Rules { get; } = [];

    public int Undecodable { get; set; }
}

/// <summary>
/// A PdfPig page factory that runs PdfPig's content-stream interpretation (fonts, text state, graphics state, form
/// XObjects) but keeps only what the reader uses: each glyph straight as a decimal <see cref="Glyph"/> and each painted
/// axis-aligned segment as a rule box, both clipped to the current clipping area. It replaces PdfPig's own page
/// (<c>Page.Letters</c>, <c>Page.Paths</c> with <c>ParsingOptions.ClipPaths</c>), which builds a <c>Letter</c> object per
/// glyph and clips every path with a general polygon clipper.
/// </summary>
/// <remarks>
/// The clipping area is kept as a rectangle: the intersection of the crop box and the bounding boxes of every clipping
/// path in force (exact for the rectangular clips table producers emit — WPS 表格 and Excel clip each cell or print
/// area with <c>re W n</c> — and on the generous side for any other shape). A glyph is kept when its box meets that
/// rectangle, as PdfPig does; a rule is cut to it. An empty intersection leaves the clip unchanged, as PdfPig does.
/// </remarks>
internal sealed class LayoutPageFactory : BasePageFactory<RawPage>
{
    public LayoutPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
    {
    }

    protected override RawPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var page = new RawPage
        {
            Width = PdfPigAdapter.TryConvert(mediaBox.Bounds.Width, out var w) ? w : 0,
            Height = PdfPigAdapter.TryConvert(mediaBox.Bounds.Height, out var h) ? h : 0,
            Rotation = rotation.Value,
        };
        if (operations.Count == 0)
        {
            return page;
        }

        var processor = new LayoutStreamProcessor(page, pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        processor.Process(pageNumber, operations);
        return page;
    }
}

/// <summary>The content-stream callbacks of <see cref="LayoutPageFactory"/>.</summary>
internal sealed class LayoutStreamProcessor : BaseStreamProcessor<RawPage>
{
    private const double Straight = 0.1;

    private readonly RawPage _page;
    private readonly double _maxThickness;
    private readonly Stack<Clip> _clips = new();
    private Clip _clip;

    // The path being built: its segments (for strokes), the bounds of each subpath (for fills), whether it clips.
    private readonly List<Segment> _segments = [];
    private readonly List<SubpathBounds> _subpaths = [];
    private bool _inPath;
    private bool _inSubpath;
    private bool _clipping;
    private PdfPoint _start;
    private PdfPoint _current;
    private SubpathBounds _bounds;
    private int _lastSequence = -1;

    public LayoutStreamProcessor(RawPage page, int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser, ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions parsingOptions)
        : base(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        _page = page;
        _maxThickness = MaxThickness;
        var initial = GetCurrentState().CurrentClippingPath?.GetBoundingRectangle();
        _clip = initial is { } r ? new Clip(r.Left, r.Bottom, r.Right, r.Top) : Clip.Everything;
    }

    /// <summary>The thickest filled rectangle taken for a rule (set per read from the options).</summary>
    [ThreadStatic]
    private static double t_maxThickness;

    public static double MaxThickness
    {
        get => t_maxThickness > 0 ? t_maxThickness : 2.0;
        set => t_maxThickness = value;
    }

    public override RawPage Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return _page;
    }

    public override void PushState()
    {
        base.PushState();
        _clips.Push(_clip);
    }

    public override void PopState()
    {
        var popped = StackSize > 1;
        base.PopState();
        if (popped && _clips.Count > 0)
        {
            _clip = _clips.Pop();
        }
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        var g = characterBoundingBox.GlyphBounds;
        var p1 = Transform(renderingMatrix, textMatrix, transformationMatrix, g.Left, g.Bottom);
        var p2 = Transform(renderingMatrix, textMatrix, transformationMatrix, g.Right, g.Bottom);
        var p3 = Transform(renderingMatrix, textMatrix, transformationMatrix, g.Left, g.Top);
        var p4 = Transform(renderingMatrix, textMatrix, transformationMatrix, g.Right, g.Top);
        var gl = Math.Min(Math.Min(p1.X, p2.X), Math.Min(p3.X, p4.X));
        var gr = Math.Max(Math.Max(p1.X, p2.X), Math.Max(p3.X, p4.X));
        var gb = Math.Min(Math.Min(p1.Y, p2.Y), Math.Min(p3.Y, p4.Y));
        var gt = Math.Max(Math.Max(p1.Y, p2.Y), Math.Max(p3.Y, p4.Y));
        if (!_clip.Meets(gl, gb, gr, gt))
        {
            return; // clipped away (WPS 表格 draws a whole overflowing cell on each page it spans)
        }

        var start = Transform(renderingMatrix, textMatrix, transformationMatrix, 0, 0);
        var end = Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.Width, 0);
        var valid = gr - gl > double.Epsilon || gt - gb > double.Epsilon;
        if (!valid)
        {
            // PdfPig's fallback box: the advance, one unit high.
            var q = Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.Width, UserSpaceUnit.PointMultiples);
            var q0 = Transform(renderingMatrix, textMatrix, transformationMatrix, 0, UserSpaceUnit.PointMultiples);
            gl = Math.Min(Math.Min(start.X, end.X), Math.Min(q.X, q0.X));
            gr = Math.Max(Math.Max(start.X, end.X), Math.Max(q.X, q0.X));
            gb = Math.Min(Math.Min(start.Y, end.Y), Math.Min(q.Y, q0.Y));
            gt = Math.Max(Math.Max(start.Y, end.Y), Math.Max(q.Y, q0.Y));
        }

        var undecodable = 0;
        var text = PdfPigAdapter.Clean(unicode, ref undecodable);
        _page.Undecodable += undecodable;
        var glyphs = _page.Glyphs;
        if (undecodable == 0 && text.Length > 0 && glyphs.Count > 0 && _lastSequence == TextSequence && IsCombining(text))
        {
            // A combining mark joins the letter before it (as PdfPig does), keeping that letter's box.
            var previous = glyphs[^1];
            glyphs[^1] = previous with { Text = (previous.Text + text).Normalize(NormalizationForm.FormC) };
            return;
        }

        _lastSequence = TextSequence;
        if (text.Length == 0)
        {
            return;
        }

        var horizontal = Math.Abs(start.Y - end.Y) < 10e-5 && start.X <= end.X;
        double size = pointSize > 0 ? pointSize : gt - gb;
        double x0, x1, baseline, bottom = gb, top = gt;
        if (horizontal)
        {
            x0 = start.X;
            x1 = end.X;
            baseline = start.Y;
            if (!(top > bottom))
            {
                bottom = baseline - (0.2 * size);
                top = baseline + (0.8 * size);
            }
        }
        else
        {
            x0 = gl;
            x1 = gr;
            baseline = gb;
        }

        if (!PdfPigAdapter.TryConvert(x0, out var dx0) || !PdfPigAdapter.TryConvert(x1, out var dx1) || !PdfPigAdapter.TryConvert(baseline, out var dBase)
            || !PdfPigAdapter.TryConvert(Math.Min(bottom, top), out var dBottom) || !PdfPigAdapter.TryConvert(Math.Max(bottom, top), out var dTop)
            || !PdfPigAdapter.TryConvert(size, out var dSize))
        {
            return; // a letter placed at NaN or far off the page: damage, dropped
        }

        if (dSize <= 0)
        {
            dSize = Math.Max(dTop - dBottom, 1m);
        }

        glyphs.Add(new Glyph(text, dx0, dx1, dBase, dBottom, dTop, dSize, string.IsNullOrWhiteSpace(text), horizontal, glyphs.Count));
    }

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
    }

    protected override void RenderInlineImage(InlineImage inlineImage)
    {
    }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    public override void EndMarkedContent()
    {
    }

    public override void PaintShading(NameToken shadingName)
    {
    }

    public override void BeginSubpath()
    {
        _inPath = true;
        EndSubpath();
        _inSubpath = true;
        _bounds = SubpathBounds.Empty;
    }

    public override PdfPoint? CloseSubpath()
    {
        if (!_inSubpath)
        {
            return null;
        }

        var start = _start;
        CloseCurrent();
        EndSubpath();
        return start;
    }

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        _start = _current = point;
        _bounds = _bounds.Add(point);
    }

    public override void LineTo(double x, double y)
    {
        if (!_inSubpath)
        {
            return;
        }

        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        _segments.Add(new Segment(_current, end));
        _bounds = _bounds.Add(end);
        _current = end;
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (!_inSubpath)
        {
            return;
        }

        var control = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        Curve(control, control, end);
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (!_inSubpath)
        {
            return;
        }

        var c1 = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
        var c2 = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        Curve(c1, c2, end);
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        var lowerRight = new PdfPoint(upperRight.X, lowerLeft.Y);
        var upperLeft = new PdfPoint(lowerLeft.X, upperRight.Y);
        _start = lowerLeft;
        _segments.Add(new Segment(lowerLeft, lowerRight));
        _segments.Add(new Segment(lowerRight, upperRight));
        _segments.Add(new Segment(upperRight, upperLeft));
        _segments.Add(new Segment(upperLeft, lowerLeft));
        _current = lowerLeft;
        _bounds = _bounds.Add(lowerLeft).Add(upperRight);
        EndSubpath();
    }

    public override void StrokePath(bool close) => Paint(stroke: true, fill: false, close);

    public override void FillPath(FillingRule fillingRule, bool close) => Paint(stroke: false, fill: true, close);

    public override void FillStrokePath(FillingRule fillingRule, bool close) => Paint(stroke: true, fill: true, close);

    public override void EndPath() => ResetPath();

    public override void ClosePath() => ResetPath();

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (!_inPath)
        {
            return;
        }

        EndSubpath();
        _clipping = true;
        var all = SubpathBounds.Empty;
        foreach (var b in _subpaths)
        {
            all = all.Union(b);
        }

        Intersect(all);
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
        var r = CurrentTransformationMatrix.Transform(rectangle).Normalise();
        Intersect(new SubpathBounds(r.Left, r.Bottom, r.Right, r.Top, Curved: false));
    }

    private void Intersect(SubpathBounds bounds)
    {
        if (bounds.IsEmpty)
        {
            return;
        }

        var next = _clip.Intersect(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top);
        if (next.HasArea)
        {
            _clip = next; // an empty intersection leaves the clip unchanged (as PdfPig does)
        }
    }

    private void Curve(PdfPoint c1, PdfPoint c2, PdfPoint end)
    {
        _bounds = _bounds.Add(c1).Add(c2).Add(end) with { Curved = true };
        _current = end;
        CurrentPosition = end;
    }

    private void CloseCurrent()
    {
        if (_inSubpath)
        {
            _segments.Add(new Segment(_current, _start));
            _current = _start;
        }
    }

    private void EndSubpath()
    {
        if (_inSubpath)
        {
            _subpaths.Add(_bounds);
            _inSubpath = false;
        }
    }

    private void Paint(bool stroke, bool fill, bool close)
    {
        if (!_inPath)
        {
            return;
        }

        if (close)
        {
            CloseCurrent();
        }

        EndSubpath();
        if (!_clipping)
        {
            var state = GetCurrentState();
            if (fill && !IsWhite(state.CurrentNonStrokingColor))
            {
                foreach (var b in _subpaths)
                {
                    AddThinFill(b);
                }
            }

            if (stroke && !IsWhite(state.CurrentStrokingColor))
            {
                var half = Math.Clamp(state.LineWidth > 0 ? state.LineWidth : 0.5, 0.1, _maxThickness) / 2;
                foreach (var s in _segments)
                {
                    AddSegment(s.From, s.To, half);
                }
            }
        }

        ResetPath();
    }

    private void ResetPath()
    {
        _segments.Clear();
        _subpaths.Clear();
        _inPath = _inSubpath = _clipping = false;
    }

    private void AddThinFill(SubpathBounds b)
    {
        if (b.Curved || b.IsEmpty)
        {
            return; // a curve is no rule
        }

        var r = _clip.Intersect(b.Left, b.Bottom, b.Right, b.Top);
        if (!r.IsValid)
        {
            return;
        }

        var width = r.Right - r.Left;
        var height = r.Top - r.Bottom;
        if (Math.Min(width, height) <= _maxThickness && Math.Max(width, height) >= 1)
        {
            Add(r.Left, r.Bottom, r.Right, r.Top);
        }
    }

    private void AddSegment(PdfPoint from, PdfPoint to, double half)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= Straight && dx >= 1)
        {
            var y = (from.Y + to.Y) / 2;
            var c = _clip.Intersect(Math.Min(from.X, to.X), y, Math.Max(from.X, to.X), y);
            if (c.IsValid && c.Right - c.Left >= 1)
            {
                Add(c.Left, y - half, c.Right, y + half);
            }
        }
        else if (dx <= Straight && dy >= 1)
        {
            var x = (from.X + to.X) / 2;
            var c = _clip.Intersect(x, Math.Min(from.Y, to.Y), x, Math.Max(from.Y, to.Y));
            if (c.IsValid && c.Top - c.Bottom >= 1)
            {
                Add(x - half, c.Bottom, x + half, c.Top);
            }
        }
    }

    private void Add(double left, double bottom, double right, double top)
    {
        if (PdfPigAdapter.TryConvert(left, out var l) && PdfPigAdapter.TryConvert(bottom, out var b)
            && PdfPigAdapter.TryConvert(right, out var r) && PdfPigAdapter.TryConvert(top, out var t))
        {
            _page.Rules.Add(new LayoutBox(l, b, r, t));
        }
    }

    private static PdfPoint Transform(in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third, double x, double y)
    {
        var x1 = (first.A * x) + (first.C * y) + first.E;
        var y1 = (first.B * x) + (first.D * y) + first.F;
        var x2 = (second.A * x1) + (second.C * y1) + second.E;
        var y2 = (second.B * x1) + (second.D * y1) + second.F;
        return new PdfPoint((third.A * x2) + (third.C * y2) + third.E, (third.B * x2) + (third.D * y2) + third.F);
    }

    private static bool IsCombining(string text)
        => text.Length == 1 && CharUnicodeInfo.GetUnicodeCategory(text[0]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

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

    private readonly record struct Segment(PdfPoint From, PdfPoint To);

    private readonly record struct SubpathBounds(double Left, double Bottom, double Right, double Top, bool Curved)
    {
        public static SubpathBounds Empty => new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity, false);

        public bool IsEmpty => Left > Right || Bottom > Top;

        public SubpathBounds Add(PdfPoint p)
            => this with { Left = Math.Min(Left, p.X), Bottom = Math.Min(Bottom, p.Y), Right = Math.Max(Right, p.X), Top = Math.Max(Top, p.Y) };

        public SubpathBounds Union(SubpathBounds other)
            => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top), Curved || other.Curved);
    }

    private readonly record struct Clip(double Left, double Bottom, double Right, double Top)
    {
        public static Clip Everything => new(double.NegativeInfinity, double.NegativeInfinity, double.PositiveInfinity, double.PositiveInfinity);

        public bool IsValid => Left <= Right && Bottom <= Top;

        public bool HasArea => Left < Right && Bottom < Top;

        public bool Meets(double left, double bottom, double right, double top)
            => left <= Right && right >= Left && bottom <= Top && top >= Bottom;

        public Clip Intersect(double left, double bottom, double right, double top)
            => new(Math.Max(Left, left), Math.Max(Bottom, bottom), Math.Min(Right, right), Math.Min(Top, top));
    }
}
