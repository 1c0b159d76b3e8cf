using Caseload.Domain.Auditing;
using Caseload.Domain.Common;

namespace Caseload.Domain.Files;

/// <summary>The kinds of file the app accepts, told by their first bytes (not by the name the user gave them).</summary>
public enum FileKind
{
    Pdf,
    Png,
    Jpeg,
}

/// <summary>
/// An uploaded file kept in the database (issue #15 item 12), so every web instance sees it and backups hold it. Only PDF,
/// PNG and JPEG are accepted, checked by content, and at most <see cref="MaxBytes"/>. The app serves it only as a download
/// (Content-Disposition: attachment), never inline from its own origin.
/// </summary>
[AuditedAs(AuditNames.StoredFile, "Fil")]
public class StoredFile : IAudited
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int FileNameMaxLength = 150;

    private StoredFile() { FileName = ContentType = string.Empty; Content = []; }

    public StoredFile(string? fileName, byte[] content, DateTime uploadedAt, string? uploadedBy)
    {
        if (content.Length == 0) throw new DomainException("Filen er tom. Vælg den underskrevne aftale igen.", "File");
        if (content.Length > MaxBytes) throw new DomainException(TooLargeMessage(content.Length), "File");
        Kind = KindOf(content) ?? throw new DomainException("Filen skal være en PDF eller et billede (PNG eller JPEG). Indholdet ligner ingen af dem.", "File");
        ContentType = Kind switch { FileKind.Pdf => "application/pdf", FileKind.Png => "image/png", _ => "image/jpeg" };
        FileName = SafeName(fileName, Kind);
        Content = content;
        Length = content.Length;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string FileName { get; private set; }
    public FileKind Kind { get; private set; }
    public string ContentType { get; private set; }
    public int Length { get; private set; }
    /// <summary>The file itself; a signed agreement names people, so the audit log keeps only that it changed.</summary>
    [Personal]
    public byte[] Content { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }

    /// <summary>The Danish message for a file over <see cref="MaxBytes"/>, naming its size and the limit.</summary>
    public static string TooLargeMessage(long length)
        => string.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), $"Filen er for stor ({length / 1024.0 / 1024.0:0.0} MB). Den må højst være {MaxBytes / 1024 / 1024} MB.");

    /// <summary>The kind by the file's signature (magic bytes); null when it is none of the accepted kinds.</summary>
    public static FileKind? KindOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        return null;
    }

    /// <summary>The name without any folder part or control characters, and with the extension that matches the content.</summary>
    public static string SafeName(string? fileName, FileKind kind)
    {
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?'))]).Trim();
        if (name.Length == 0) name = "fil";
        var extension = kind switch { FileKind.Pdf => ".pdf", FileKind.Png => ".png", _ => ".jpg" };
        return (name.Length > FileNameMaxLength - extension.Length ? name[..(FileNameMaxLength - extension.Length)] : name) + extension;
    }
}
