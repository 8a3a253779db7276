using System.Text.Json;
using GovBudget.Disclosures;
using GovBudget.Serialization;

namespace GovBudget.Cli;

/// <summary>Finds and reads the disclosure files named on the command line (<c>-</c> is standard input).</summary>
internal static class InputFiles
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The bytes of standard input, read once.</summary>
    private static readonly Lazy<byte[]> StandardInputBytes = new(() =>
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    });

    /// <summary>
    /// Expands files and folders (recursively: *.json, *.jsonl) into a sorted list of files. A missing path, an
    /// unreadable folder and a symbolic link back into a folder already walked (a loop) are added to
    /// <paramref name="problems"/> as one-line messages, and skipped.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths, List<string> problems, bool english)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, new HashSet<string>(StringComparer.Ordinal), found, problems, english);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(english ? $"no such file or folder: {path}" : $"找不到文件或文件夹：{path}");
            }
        }

        return files;
    }

    /// <summary><see langword="true"/> when <paramref name="file"/> holds JSON Lines: a <c>.jsonl</c> file, or standard input with more than one document.</summary>
    public static bool IsJsonLines(string file)
        => file == StandardInput ? LooksLikeJsonLines(StandardInputBytes.Value) : file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a file for reading; standard input for <c>-</c>.</summary>
    public static Stream Open(string file) => file == StandardInput ? new MemoryStream(StandardInputBytes.Value, writable: false) : File.OpenRead(file);

    /// <summary>The name of an input in messages.</summary>
    public static string DisplayName(string file) => file == StandardInput ? "<stdin>" : file;

    /// <summary>Reads every disclosure of a file: one for JSON, one per line for JSON Lines (streamed).</summary>
    public static IEnumerable<Disclosure> Read(string file)
    {
        if (IsJsonLines(file))
        {
            return ReadLines(file);
        }

        using var stream = Open(file);
        return [DisclosureJson.Deserialize(stream, new DisclosureJsonOptions { SourceName = DisplayName(file) })];
    }

    /// <summary>
    /// JSON Lines when the first JSON value ends before the end of the input and more non-blank text follows it;
    /// a single document otherwise (malformed input is then reported as a JSON document).
    /// </summary>
    internal static bool LooksLikeJsonLines(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 256 });
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }

            var rest = utf8[(int)reader.BytesConsumed..];
            var newline = rest.IndexOf((byte)'\n');
            return newline >= 0 && !rest[(newline + 1)..].Trim(" \t\r\n"u8).IsEmpty;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Walk(string folder, HashSet<string> seen, List<string> files, List<string> problems, bool english)
    {
        string real;
        try
        {
            var info = new DirectoryInfo(folder);
            real = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            real = Path.TrimEndingDirectorySeparator(Path.GetFullPath(real));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(english ? $"cannot read folder {folder}: {Program.OneLine(ex.Message)}" : $"无法读取文件夹 {folder}：{Program.OneLine(ex.Message)}");
            return;
        }

        // A folder is walked once, whatever links lead to it: a link to "." or to an ancestor is a loop, skipped.
        if (!seen.Add(real))
        {
            problems.Add(english ? $"skipped {folder}: a symbolic link loop (already walked as {real})" : $"已跳过 {folder}：符号链接循环（{real} 已遍历）");
            return;
        }

        string[] entries;
        string[] folders;
        try
        {
            entries = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(english ? $"cannot read folder {folder}: {Program.OneLine(ex.Message)}" : $"无法读取文件夹 {folder}：{Program.OneLine(ex.Message)}");
            return;
        }

        files.AddRange(entries.Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)));
        foreach (var sub in folders.Order(StringComparer.Ordinal))
        {
            Walk(sub, seen, files, problems, english);
        }
    }

    private static IEnumerable<Disclosure> ReadLines(string file)
    {
        using var stream = Open(file);
        foreach (var disclosure in DisclosureJsonLines.Read(stream, new DisclosureJsonOptions { SourceName = DisplayName(file) }))
        {
            yield return disclosure;
        }
    }
}
