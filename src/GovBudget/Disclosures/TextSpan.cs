using System.Globalization;

namespace GovBudget.Disclosures;

/// <summary>
/// Where a sentence stands in a document's text: the page and line (both from 1) and the column (from 1, in UTF-16
/// characters of the line) it starts at, and the page, line and column just after its last character. A sentence that
/// wraps over several lines ends on a later line. <c>default</c> is not a valid span (page 0).
/// </summary>
/// <param name="Page">The page the span starts on (pages split at form feeds; 1 for text without them).</param>
/// <param name="Line">The line on that page (from 1).</param>
/// <param name="Column">The column of the first character (from 1).</param>
/// <param name="EndPage">The page the span ends on.</param>
/// <param name="EndLine">The line the span ends on.</param>
/// <param name="EndColumn">The column just after the last character.</param>
public readonly record struct TextSpan(int Page, int Line, int Column, int EndPage, int EndLine, int EndColumn)
{
    /// <summary>The position in Chinese, for messages: <c>第 3 页第 12 行第 5 列</c>.</summary>
    public string ToStringZh() => string.Create(CultureInfo.InvariantCulture, $"第 {Page} 页第 {Line} 行第 {Column} 列");

    /// <summary>The position as <c>p.3 l.12:5</c>, the end after a dash when it is on another line.</summary>
    public override string ToString()
        => EndPage == Page && EndLine == Line
            ? string.Create(CultureInfo.InvariantCulture, $"p.{Page} l.{Line}:{Column}-{EndColumn}")
            : string.Create(CultureInfo.InvariantCulture, $"p.{Page} l.{Line}:{Column}-p.{EndPage} l.{EndLine}:{EndColumn}");
}
