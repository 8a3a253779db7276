using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>Reads the statements of one paragraph from its figures, in four passes: execution, change, share, restatement.</summary>
internal sealed partial class ParagraphReader
{
    private readonly TextParagraph _p;
    private readonly List<TextFigure> _f;
    private readonly SourceResolver _sources;
    private readonly int _year;
    private readonly bool _settlement;
    private readonly SourceScope _scope;
    private readonly Dictionary<TextFigure, string> _reasons = [];
    private readonly List<(int Position, NarrativeStatement Statement)> _read = [];

    public ParagraphReader(TextParagraph paragraph, List<TextFigure> figures, SourceResolver sources, int year, SubjectHint hint, bool settlement = false)
    {
        _settlement = settlement;
        _p = paragraph;
        _f = figures;
        _sources = sources;
        _year = year;
        _scope = SourceResolver.ScopeOf(paragraph.Headings);
        Hint = hint;
    }

    /// <summary>The classification hint in force at the end of the paragraph.</summary>
    public SubjectHint Hint { get; private set; }

    public string ReasonFor(TextFigure figure) => _reasons.TryGetValue(figure, out var reason) ? reason
        : figure.IsPercent ? "a rate in no pattern known (占, 增长/下降, 执行率/完成率)" : "an amount in no pattern known";

    public IEnumerable<NarrativeStatement> Read()
    {
        Executions();
        Changes();
        Shares();
        Restatements();
        return _read.OrderBy(r => r.Position).Select(r => r.Statement);
    }

    private string Text => _p.Text;

    /// <summary>The words before a figure, back to the previous figure or clause mark (，。；), 、 and spaces trimmed.</summary>
    private string Lead(TextFigure f)
    {
        var from = f.Index > 0 ? _f[f.Index - 1].End : 0;
        for (var i = f.Start - 1; i >= from; i--)
        {
            if (Text[i] is '，' or ',' or '。' or '；' or ';' or '！' or '？')
            {
                from = i + 1;
                break;
            }
        }

        return Text[from..f.Start].Trim().TrimStart('、', ' ').Trim();
    }

    /// <summary>The lead without anything up to a colon (其中：, 主要用于：) and without trailing 为/：.</summary>
    private static string AfterColon(string lead)
    {
        var i = lead.LastIndexOfAny(['：', ':']);
        var s = i >= 0 && i < lead.Length - 1 ? lead[(i + 1)..] : lead;
        return s.TrimEnd('：', ':', ' ');
    }

    private string Between(TextFigure a, TextFigure b) => Text[a.End..b.Start];

    /// <summary>Whether only a comma (or, with <paramref name="sentence"/>, a full stop) separates <paramref name="a"/> from the words before <paramref name="b"/>.</summary>
    private bool Adjacent(TextFigure a, TextFigure b, bool sentence = false)
    {
        var between = Between(a, b).TrimEnd();
        var lead = Lead(b);
        var gap = (between.EndsWith(lead, StringComparison.Ordinal) ? between[..^lead.Length] : between).Trim();
        return gap is "" or "，" or "," or "、" || (sentence && gap == "。");
    }

    private TextFigure? Next(TextFigure f) => f.Index + 1 < _f.Count ? _f[f.Index + 1] : null;

    private void Add(NarrativeStatement statement, TextFigure first, TextFigure last)
    {
        var (s, e) = _p.SentenceAround(first.Start, last.End);
        var start = Math.Min(s, first.Start);
        _read.Add((first.Start, statement with
        {
            Text = Text[start..Math.Max(e, last.End)].Trim(),
            Span = _p.SpanOf(start, Math.Max(e, last.End)),
        }));
    }

    private void Executions()
    {
        foreach (var f in _f)
        {
            if (f.Role is not null || f.IsPercent)
            {
                continue;
            }

            var lead = Lead(f).TrimEnd('为', '：', ':', ' ');
            if (BudgetWord().Match(lead) is { Success: true } budgetWord && Next(f) is { IsPercent: false, Role: null } actual
                && ActualWord().IsMatch(Lead(actual).TrimEnd('为', '：', ':', ' ')) && Adjacent(f, actual, sentence: true))
            {
                // "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 …": the budget of the other basis printed just before.
                var fBasis = BasisOf(budgetWord.Value);
                var other = fBasis is not null && f.Index > 0 && _f[f.Index - 1] is { IsPercent: false, Role: null } p
                    && BudgetWord().Match(Lead(p).TrimEnd('为', '：', ':', ' ')) is { Success: true } pw && BasisOf(pw.Value) is { } pBasis && pBasis != fBasis
                    && Adjacent(p, f)
                        ? (Figure: p, Basis: pBasis, Before: Lead(p).TrimEnd('为', '：', ':', ' ')[..pw.Index])
                        : default;
                var subject = other.Figure is null ? ExecutionSubject(lead[..budgetWord.Index], f) : ExecutionSubject(other.Before, other.Figure);
                var rate = Next(actual) is { IsPercent: true, Role: null } r && RateWord().IsMatch(Lead(r).TrimEnd('为', '：', ':', ' ')) && Adjacent(actual, r, sentence: true) ? r : null;
                var rateBasis = rate is null ? null : BasisOf(Lead(rate));
                f.Role = "Base";
                actual.Role = "Value";
                if (rate is not null)
                {
                    rate.Role = "Rate";
                }

                // The base is the budget the rate names; the other one is kept for the basis check (TXT.BASIS).
                var (baseFigure, otherFigure) = other.Figure is null ? (f, null)
                    : rateBasis == other.Basis ? (other.Figure, f) : (f, other.Figure);
                if (other.Figure is not null)
                {
                    other.Figure.Role = "Base";
                }

                Add(new NarrativeStatement(StatementKind.Execution, subject)
                {
                    Base = baseFigure.Amount(),
                    OtherBase = otherFigure?.Amount(),
                    Basis = rateBasis,
                    Value = actual.Amount(),
                    Rate = rate?.Rate(),
                    Source = _sources.Resolve(subject, _scope, Hint, totals: false),
                }, other.Figure ?? f, rate ?? actual);
                continue;
            }

            // "公务用车购置费 0 万元，完成全年预算的 0%": the actual and the rate, no budget printed.
            if (Next(f) is { IsPercent: true, Role: null } completion && CompletionWord().IsMatch(Lead(completion)) && Adjacent(f, completion))
            {
                var subject = Clean(ActualWord().Replace(AfterColon(lead), string.Empty));
                if (subject.Length == 0)
                {
                    continue;
                }

                f.Role = "Value";
                completion.Role = "Rate";
                Add(new NarrativeStatement(StatementKind.Execution, subject)
                {
                    Value = f.Amount(),
                    Rate = completion.Rate(),
                    Basis = BasisOf(Lead(completion)),
                    Source = _sources.Resolve(subject, _scope, Hint, totals: false),
                }, f, completion);
            }
        }
    }

    /// <summary>The budget a word names: 年初预算 → initial, 全年预算 (调整预算) → final, else none.</summary>
    private static BudgetBasis? BasisOf(string words)
        => words.Contains("年初预算", StringComparison.Ordinal) ? BudgetBasis.Initial
            : words.Contains("全年预算", StringComparison.Ordinal) || words.Contains("调整预算", StringComparison.Ordinal) ? BudgetBasis.Final
            : null;

    private string ExecutionSubject(string before, TextFigure budget)
    {
        var subject = Clean(AfterColon(before));
        if (subject.Length > 0 && subject is not ("项目支出" or "项目"))
        {
            return subject;
        }

        // "5. 卫生健康支出（类）…（项）。年初预算为 …": the subject is the sentence before.
        var (s, _) = _p.SentenceAround(budget.Start, budget.End);
        if (s > 1)
        {
            var (ps, pe) = _p.SentenceAround(s - 2, s - 2);
            var previous = Clean(Text[ps..Math.Min(pe, Text.Length)]);
            if (previous.EndsWith("项）", StringComparison.Ordinal) || previous.EndsWith("项)", StringComparison.Ordinal))
            {
                return previous;
            }
        }

        // "打击欺诈骗保项目绩效自评综述：项目支出年初预算 …".
        var sentence = Text[s..budget.Start];
        if (ProjectReview().Match(sentence) is { Success: true } project)
        {
            return project.Groups["name"].Value;
        }

        return subject.Length > 0 ? subject : "预算执行";
    }

    private void Changes()
    {
        foreach (var d in _f)
        {
            if (d.Role is not null || d.IsPercent)
            {
                continue;
            }

            var lead = Lead(d);
            if (DirectionWord().Match(lead) is not { Success: true } direction)
            {
                continue;
            }

            if (lead.Contains("增加", StringComparison.Ordinal) && lead.Contains("减少", StringComparison.Ordinal))
            {
                _reasons[d] = "the direction is printed as 增加(减少): the sign is not known";
                continue;
            }

            var value = _f.Take(d.Index).LastOrDefault(x => !x.IsPercent);
            var between = value is null ? string.Empty : Between(value, d);
            if (value is null || value.Role is "Base" or "Difference" || (!between.Contains('比', StringComparison.Ordinal))
                || (between.IndexOfAny(['。', '；']) >= 0 && !between.Contains("相比", StringComparison.Ordinal)))
            {
                _reasons[d] = "a change without the figure it is a change of";
                continue;
            }

            var negative = direction.Groups["word"].Value is "减少" or "下降";
            var rate = Next(d) is { IsPercent: true, Role: null } r && Adjacent(d, r) && RateDirection().Match(Lead(r)) is { Success: true } rd ? (r, rd.Groups["word"].Value is "下降" or "降低" or "减少" or "降幅") : default;
            var subject = Clean(AfterColon(Lead(value)));
            if (subject.Length == 0 && value.Role is null)
            {
                _reasons[d] = "a change whose subject is not printed";
                continue;
            }

            var year = YearPattern().Match(between);
            int? baseYear = year.Success ? int.Parse(year.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : between.Contains("年初预算", StringComparison.Ordinal) ? _year : null;
            value.Role ??= "Value";
            d.Role = "Difference";
            if (rate.r is not null)
            {
                rate.r.Role = "Rate";
            }

            if (subject.Length == 0)
            {
                subject = _read.LastOrDefault(s => s.Position == value.Start).Statement?.Subject ?? "?";
            }

            Add(new NarrativeStatement(StatementKind.Change, subject)
            {
                Value = value.Amount(),
                Difference = d.Amount(negative),
                Rate = rate.r?.Rate(rate.Item2),
                BaseYear = baseYear,
                Source = _sources.Resolve(subject, _scope, Hint, totals: true),
            }, value, rate.r ?? d);
        }
    }

    private void Shares()
    {
        foreach (var r in _f)
        {
            if (r.Role is not null || !r.IsPercent || ShareWord().Match(Lead(r)) is not { Success: true } share)
            {
                continue;
            }

            var value = r.Index > 0 ? _f[r.Index - 1] : null;
            if (value is null || value.IsPercent || !Adjacent(value, r))
            {
                _reasons[r] = "a share without the figure it is a share of";
                continue;
            }

            var named = share.Groups["base"].Value.Trim();
            ReportedValue? total;
            if (named.Length > 0)
            {
                total = _sources.NamedBase(named);
                if (total is null)
                {
                    _reasons[r] = $"the base ({named}) is not a total the extractor knows";
                    continue;
                }
            }
            else
            {
                total = value.OpenTotal;
                if (total is null)
                {
                    _reasons[r] = "no total stated before 其中 to take the share of";
                    continue;
                }
            }

            var subject = Clean(AfterColon(Lead(value)));
            if (subject.Length == 0)
            {
                _reasons[r] = "a share whose subject is not printed";
                continue;
            }

            value.Role ??= "Value";
            r.Role = "Rate";
            Add(new NarrativeStatement(StatementKind.Share, subject)
            {
                Value = value.Amount(),
                Base = total,
                Rate = r.Rate(),
                Source = _sources.Resolve(subject, _scope, Hint, totals: true),
            }, value, r);
        }
    }

    private void Restatements()
    {
        foreach (var f in _f)
        {
            var lead = Lead(f);
            var before = Text[..f.Start];
            var fi = before.LastIndexOf("功能分类", StringComparison.Ordinal);
            var ei = before.LastIndexOf("经济分类", StringComparison.Ordinal);
            if (fi >= 0 || ei >= 0)
            {
                Hint = fi > ei ? SubjectHint.Functional : SubjectHint.Economic;
            }

            if (f.Role is not null || f.IsPercent)
            {
                continue;
            }

            var after = Text.AsSpan(f.End).TrimStart();
            if (!(after.IsEmpty || after[0] is '，' or ',' or '。' or '；' or ';' or '、' or '：' or ':' or '（' or '('))
            {
                _reasons[f] = "an amount followed by words the extractor does not read";
                continue;
            }

            if (OtherYear(AfterColon(lead)) is { } other)
            {
                // "2023年当年预算执行数为60.13万元" in a 2024 budget: last year's figure of the item, not a figure of the tables.
                _reasons[f] = $"a figure of {other}, not of the document's year: it is not checked against the tables";
                continue;
            }

            if (_settlement && SettlementBudgetWord().IsMatch(AfterColon(lead)))
            {
                // "一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 …" in a 决算: a budget figure, not the 决算 cell of the tables.
                _reasons[f] = "a budget figure (年初预算/全年预算) of a settlement: the tables print the 决算";
                continue;
            }

            var subject = Clean(AfterColon(lead));
            if (subject.Length == 0)
            {
                _reasons[f] = "an amount without a subject";
                continue;
            }

            var source = _sources.Resolve(subject, _scope, Hint, totals: true);
            if (source is null)
            {
                _reasons[f] = $"the subject ({subject}) does not name a table cell the extractor can find";
                continue;
            }

            f.Role = "Value";
            Add(new NarrativeStatement(StatementKind.Restatement, subject) { Value = f.Amount(), Source = source }, f, f);
        }
    }

    /// <summary>The year a clause names (<c>2023年当年预算执行数为</c>) when it is not the document's year, else null.</summary>
    private int? OtherYear(string clause)
        => YearInClause().Match(clause) is { Success: true } m && int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var year && year != _year
            ? year
            : null;

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearInClause();

    /// <summary>A subject as printed, without enumerator, year, 其中 and trailing verbs (为, 均为, 预算数, 支出决算 …).</summary>
    private static string Clean(string s)
    {
        var t = s.Trim();
        string previous;
        do
        {
            previous = t;
            t = LeadingNoise().Replace(t, string.Empty).Trim();
            t = TrailingNoise().Replace(t, string.Empty).Trim();
        }
        while (t != previous);

        return t;
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.、．](?!\d{2})|\d{1,2}\.(?=\d{3})|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|其中|另外|\d{4}\s*年(?:度)?(?:，)?|本部门（单位）|本部门\(单位\)|本部门|[-—·•\s])")]
    private static partial Regex LeadingNoise();

    [GeneratedRegex(@"(?:均为|各为|为|是|共计|合计为|预算数|年初预算|全年预算|支出决算|决算数|实际执行数|执行数|\d{4}\s*年(?:度)?)$")]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"(?:年初预算|全年预算|调整预算|预算数)\s*(?:数)?\s*[为：:]?$")]
    private static partial Regex SettlementBudgetWord();

    [GeneratedRegex(@"(?:年初预算|全年预算|预算总金额|预算数)$")]
    private static partial Regex BudgetWord();

    [GeneratedRegex(@"(?:支出决算|实际执行数|执行数|决算数)[为：:]?$")]
    private static partial Regex ActualWord();

    [GeneratedRegex(@"(?:完成(?:年初|全年)?预算数?的|执行率|完成率)$")]
    private static partial Regex RateWord();

    [GeneratedRegex(@"^完成(?:年初|全年)预算数?的$")]
    private static partial Regex CompletionWord();

    [GeneratedRegex(@"(?<word>增加|减少|增长|下降)$")]
    private static partial Regex DirectionWord();

    [GeneratedRegex(@"^(?<word>增长|下降|降低|减少|增加|增幅|降幅)(?:为)?$")]
    private static partial Regex RateDirection();

    [GeneratedRegex(@"^占(?:比)?(?<base>.*?)(?:的)?$")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<name>[^，。；：\s]+?项目)绩效自评综述")]
    private static partial Regex ProjectReview();
}
