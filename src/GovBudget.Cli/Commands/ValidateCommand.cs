using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using GovBudget.Cli.Output;
using GovBudget.Disclosures;
using GovBudget.Import.Tables;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Serialization;
using GovBudget.TableSets;
using Spectre.Console;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget validate &lt;files or folders&gt;</c>: runs the built-in rules and reports findings.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Disclosure files (.json, .jsonl), published documents to import first (.pdf, .txt), or folders", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string>("--lang") { Description = "Message language: zh (default) or en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var format = new Option<string>("--format") { Description = "Output format: text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var minimum = new Option<string>("--min-severity") { Description = "Show findings at or above this severity and exit 1 when there are any: info, warning (default), inconsistency, error", DefaultValueFactory = _ => "warning" };
        minimum.AcceptOnlyFromAmong("info", "warning", "inconsistency", "error");
        var strict = new Option<bool>("--strict") { Description = "Require exact agreement (rounding differences count at the rule's severity)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to a file instead of standard output" };
        var tableSets = new Option<string[]>("--table-set") { Description = "A table-set file (docs/table-sets.md) that documents may name in \"tableSet\", besides the built-in sets; may be repeated", Arity = ArgumentArity.ZeroOrMore };
        var narrative = new Option<string?>("--narrative") { Description = "Read the statements of this plain-text 情况说明 (pages split at form feeds) in place of the disclosure's own (or of an imported document's text), and check them too" };
        var catalogs = new Option<string[]>("--catalog") { Description = "A catalog edition file (.csv or .json, docs/catalogs.md), merged over the built-in catalogs (its names win, other codes are kept); may be repeated", Arity = ArgumentArity.ZeroOrMore };
        var catalogMode = new Option<string>("--catalog-mode") { Description = "merge (default): --catalog files are merged over the built-in catalogs; replace: each replaces the built-in catalog of its kind", DefaultValueFactory = _ => "merge" };
        catalogMode.AcceptOnlyFromAmong("merge", "replace");
        var rules = new Option<string[]>("--rules") { Description = "A JSON file of more formula rules ([{\"id\", \"class\", \"descriptionZh\", \"descriptionEn\", \"formula\"}], docs/rules.md); may be repeated", Arity = ArgumentArity.ZeroOrMore };
        var disable = new Option<string[]>("--disable") { Description = "Do not run the rule with this id; may be repeated", Arity = ArgumentArity.ZeroOrMore };
        var severity = new Option<string[]>("--severity") { Description = "RULE=LEVEL: report real (not rounding) differences of the rule at this level (info, warning, inconsistency, error); may be repeated", Arity = ArgumentArity.ZeroOrMore };
        var baseline = new Option<string?>("--baseline") { Description = "A baseline file (written by --write-baseline): the findings it lists are reported as suppressed and do not count for the exit code" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write the findings of this run (at or above --min-severity) to this baseline file" };
        var command = new Command("validate", "Check disclosures against the rules of their table sets (exit 0 clean, 1 findings, 2 unreadable input)")
        {
            paths, language, format, minimum, strict, output, tableSets, narrative, catalogs, catalogMode, rules, disable, severity, baseline, writeBaseline,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(language)!,
            parse.GetValue(format)!,
            ParseSeverity(parse.GetValue(minimum)!),
            parse.GetValue(strict),
            parse.GetValue(output),
            parse.GetValue(tableSets) ?? [],
            parse.GetValue(narrative),
            new Settings(
                parse.GetValue(catalogs) ?? [],
                parse.GetValue(catalogMode)!,
                parse.GetValue(rules) ?? [],
                parse.GetValue(disable) ?? [],
                parse.GetValue(severity) ?? [],
                parse.GetValue(baseline),
                parse.GetValue(writeBaseline))));
        return command;
    }

    /// <summary>The options that configure the rules and the baseline.</summary>
    private sealed record Settings(string[] Catalogs, string CatalogMode, string[] Rules, string[] Disabled, string[] Severities, string? Baseline, string? WriteBaseline);

    internal static Severity ParseSeverity(string text) => text switch
    {
        "info" => Severity.Info,
        "inconsistency" => Severity.Inconsistency,
        "error" => Severity.Error,
        _ => Severity.Warning,
    };

    private static int Run(string[] paths, string language, string format, Severity threshold, bool strict, string? outputPath, string[] tableSetFiles, string? narrativePath, Settings settings)
    {
        NarrativeText? narrative = null;
        if (narrativePath is not null)
        {
            if (!File.Exists(narrativePath))
            {
                Console.Error.WriteLine(language == "en" ? $"govbudget: no such file: {narrativePath}" : $"govbudget：找不到文件：{narrativePath}");
                return ExitCodes.Unreadable;
            }

            narrative = NarrativeText.Load(narrativePath);
        }

        if (!TableSetFiles.TryLoad(tableSetFiles, out var registry))
        {
            return ExitCodes.Unreadable;
        }

        var english = language == "en";
        if (ValidationSetup.TryBuild(new ValidationOptions { Strict = strict, Language = language }, registry, settings.Catalogs, settings.CatalogMode, settings.Rules, settings.Disabled, settings.Severities, english, out var options) is { } setupExit)
        {
            return setupExit;
        }

        Baseline? accepted = null;
        if (settings.Baseline is not null)
        {
            try
            {
                accepted = Baseline.Read(settings.Baseline);
            }
            catch (GovBudgetFormatException ex)
            {
                Console.Error.WriteLine($"govbudget: {Program.OneLine(ex.Message)}");
                return ExitCodes.Unreadable;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(ex is FileNotFoundException or DirectoryNotFoundException
                    ? (english ? $"govbudget: no such file: {settings.Baseline}" : $"govbudget：找不到文件：{settings.Baseline}")
                    : $"govbudget: {settings.Baseline}: {Program.OneLine(ex.Message)}");
                return ExitCodes.Unreadable;
            }
        }

        var problems = new List<string>();
        var files = InputFiles.Expand(paths, problems, english);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"govbudget: {problem}");
        }

        if (problems.Count > 0 && files.Count == 0 && paths.All(p => !Directory.Exists(p)))
        {
            return ExitCodes.Unreadable;
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine(english ? "govbudget: no disclosures found (.json or .jsonl)" : "govbudget：未找到公开文件（.json 或 .jsonl）");
            return ExitCodes.Unreadable;
        }

        using var output = CliOutputException.Open(outputPath);
        var sinkOptions = new ReportSinkOptions(language, threshold, output);
        using IReportSink sink = format switch
        {
            "json" => new JsonReportSink(sinkOptions),
            "sarif" => new SarifReportSink(sinkOptions, registry.All.SelectMany(s => s.Rules.Rules).Concat(options.CustomRules)),
            _ => new TextReportSink(sinkOptions),
        };
        var written = settings.WriteBaseline is null ? null : new List<(Disclosure, Finding)>();
        foreach (var problem in problems)
        {
            sink.Notify(problem);
        }

        var unreadable = problems.Count > 0;
        var failed = false;
        var findings = false;
        void Record(ValidationItem item)
        {
            unreadable |= item.Error is not null && !item.Internal;
            failed |= item.Internal;
            if (item.Error is not null && (format != "text" || outputPath is not null))
            {
                var where = item.Line is { } l ? $"{InputFiles.DisplayName(item.File)}:{l}" : InputFiles.DisplayName(item.File);
                Console.Error.WriteLine(item.Internal ? $"govbudget: {where}: internal error: {item.Error}" : $"govbudget: {where}: {item.Error}");
            }

            if (item.Report is { } report && item.Disclosure is { } disclosure)
            {
                if (accepted is not null)
                {
                    // In input order, so that each baseline entry accepts the same finding on every run.
                    var suppressed = new HashSet<int>();
                    for (var i = 0; i < report.Findings.Count; i++)
                    {
                        if (report.Findings[i].Severity >= threshold && accepted.Accepts(disclosure, report.Findings[i]))
                        {
                            suppressed.Add(i);
                        }
                    }

                    item = item with { Suppressed = suppressed };
                }

                written?.AddRange(report.Findings.Select(f => (disclosure, f)));
                findings |= report.Findings.Where((f, i) => f.Severity >= threshold && !item.IsSuppressed(i)).Any();
            }

            sink.Add(item);
        }

        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected && outputPath is null && files.Count > 1;
        if (interactive)
        {
            var collected = new List<ValidationItem>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().Start(context =>
            {
                var task = context.AddTask(language == "en" ? "Validating" : "校验中", maxValue: files.Count);
                foreach (var item in Validate(files, registry, options, () => task.Increment(1), narrative, narrativePath))
                {
                    collected.Add(item);
                }
            });
            collected.ForEach(Record);
        }
        else
        {
            foreach (var item in Validate(files, registry, options, null, narrative, narrativePath))
            {
                Record(item);
            }
        }

        sink.Complete();
        if (written is not null)
        {
            try
            {
                Baseline.Write(settings.WriteBaseline!, written, threshold);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"govbudget: {settings.WriteBaseline}: {Program.OneLine(ex.Message)}");
                return ExitCodes.UsageOrIo;
            }
        }

        return failed ? ExitCodes.Internal : unreadable ? ExitCodes.Unreadable : findings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>
    /// Reads and validates every disclosure of every file on all cores, keeping the input order, streaming. One thread
    /// reads (JSON Lines are only split into lines there); each input is parsed and validated by a thread-pool task;
    /// the tasks wait in a bounded queue and are taken in input order, so at most a few inputs per core are in memory
    /// however many there are and however slowly the output is written. A bad line of a JSON Lines file is reported
    /// with its line and the following lines are still validated; a file stops only when it cannot be read on (an I/O
    /// error, a line over the size limit).
    /// </summary>
    private static IEnumerable<ValidationItem> Validate(List<string> files, TableSetRegistry registry, ValidationOptions options, Action? fileDone, NarrativeText? narrative, string? narrativeFile)
    {
        using var queue = new BlockingCollection<Task<ValidationItem>>(boundedCapacity: 4 * Environment.ProcessorCount);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var pending in Read(files, registry, fileDone))
                    {
                        queue.Add(Task.Run(() => Check(pending, options, narrative, narrativeFile)));
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        foreach (var task in queue.GetConsumingEnumerable())
        {
            yield return task.GetAwaiter().GetResult();
        }

        producer.GetAwaiter().GetResult(); // rethrows what the reader did not turn into an item
    }

    private static ValidationItem Check(Pending pending, ValidationOptions options, NarrativeText? narrative, string? narrativeFile)
    {
        var disclosure = pending.Item.Disclosure;
        if (pending.Line is { } line)
        {
            try
            {
                disclosure = DisclosureJsonLines.ReadLine(line, pending.Options!, pending.LineNumber);
            }
            catch (GovBudgetFormatException ex)
            {
                return pending.Item with { Error = ex.Message, Line = ex.LineNumber ?? pending.LineNumber, Column = ex.Column };
            }
        }

        if (disclosure is not { } d)
        {
            return pending.Item;
        }

        try
        {
            var item = pending.Item;
            if (narrative is not null)
            {
                item = item with { Narrative = narrative, NarrativeFile = narrativeFile };
            }

            if (item.Narrative is { } text)
            {
                // --narrative or an imported document's text: the statements come from the text, the tables from the
                // file; the proofreading rules read the text itself (ValidationOptions.Narrative).
                var extraction = NarrativeExtractor.Extract(text, d);
                Console.Error.WriteLine($"govbudget: {item.File}: {extraction}");
                d = extraction.ApplyTo(d);
                options = options with { Narrative = text };
            }

            return item with { Disclosure = d, Report = d.Validate(options) };
        }
#pragma warning disable CA1031 // A bug met while validating one input is reported for that input; the batch goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return pending.Item with { Error = $"{ex.GetType().Name}: {Program.OneLine(ex.Message)}", Internal = true };
        }
    }

    private static IEnumerable<Pending> Read(List<string> files, TableSetRegistry registry, Action? fileDone)
    {
        foreach (var file in files)
        {
            var options = new DisclosureJsonOptions { SourceName = InputFiles.DisplayName(file), TableSets = registry };
            using var items = Enumerate(file, options).GetEnumerator();
            var index = 0;
            while (true)
            {
                Pending? next = null;
                string? error = null;
                long? errorLine = null;
                long? errorColumn = null;
                try
                {
                    if (!items.MoveNext())
                    {
                        break;
                    }

                    next = items.Current;
                }
                catch (GovBudgetFormatException ex)
                {
                    error = ex.Message;
                    errorLine = ex.LineNumber;
                    errorColumn = ex.Column;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    error = Program.OneLine(ex.Message);
                }

                if (error is not null)
                {
                    yield return new Pending(new ValidationItem(file, index, null, null, error) { Line = errorLine, Column = errorColumn }, null, null, 0);
                    break;
                }

                yield return next! with { Item = next.Item with { Index = index++ } };
            }

            fileDone?.Invoke();
        }
    }

    private static IEnumerable<Pending> Enumerate(string file, DisclosureJsonOptions options)
    {
        // Lazy, so that a malformed file throws inside MoveNext, where Read turns it into an "unreadable" item.
        if (DocumentImport.IsImportable(file))
        {
            // A published document: imported first (lenient); findings name the page of each imported cell, and the
            // text outside the tables is read for the narrative rules.
            var (imported, result) = DocumentImport.Read(file, new TableImportOptions { TableSets = options.TableSets }, strict: false);
            var report = result.Report;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"govbudget: {file}: imported {report.Tables.Length} tables, {report.CellsRead} cells read, {report.NotUnderstoodCount} not understood"));
            var item = new ValidationItem(file, 0, result.Disclosure, null, null) { Provenance = result.Provenance, Narrative = DocumentImport.Narrative(imported), NarrativeFile = file };
            yield return new Pending(item, null, null, 0);
            yield break;
        }

        if (InputFiles.IsJsonLines(file))
        {
            using var stream = InputFiles.Open(file);
            foreach (var (number, line) in DisclosureJsonLines.ReadRawLines(stream, options))
            {
                yield return new Pending(new ValidationItem(file, 0, null, null, null) { Line = number }, options, line, number);
            }

            yield break;
        }

        byte[] utf8;
        using (var stream = InputFiles.Open(file))
        using (var buffer = new MemoryStream())
        {
            // Bounded: one byte past the limit is enough for the reader to reject the document as too large.
            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= options.MaxDocumentBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            utf8 = buffer.ToArray();
        }

        var disclosure = DisclosureJson.Deserialize(utf8, options);
        yield return new Pending(new ValidationItem(file, 0, disclosure, null, null) { Utf8 = utf8 }, null, null, 0);
    }

    /// <summary>An input on its way to a worker: a disclosure already read, or a JSON Lines line still to parse.</summary>
    private sealed record Pending(ValidationItem Item, DisclosureJsonOptions? Options, byte[]? Line, long LineNumber);
}
