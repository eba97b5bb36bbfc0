//! Article files → readable text for the temporal tagger and the reader view: plain text,
//! Markdown and HTML pages, in any common encoding.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::metadata::{self, ArticleMeta};
use super::{DecodeError, decode, html, markdown};
use crate::model::DateSource;

/// Largest article file read, in bytes (64 MB).
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// Longest first line, in chars, taken as the title of a plain-text article.
const MAX_PLAIN_TITLE_CHARS: usize = 120;

/// The kind of an article file, from its extension or content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArticleFormat {
    /// Plain text: `.txt` and anything not recognized as Markdown or HTML.
    PlainText,
    /// Markdown: `.md`, `.markdown`.
    Markdown,
    /// An HTML page: `.html`, `.htm`, or content that starts like one.
    Html,
}

impl ArticleFormat {
    /// The format of a file from its name, and for names that say neither Markdown nor HTML,
    /// from its first bytes (`<!DOCTYPE html` or `<html`).
    ///
    /// ```
    /// use dateline::extract::article_file::ArticleFormat;
    /// assert_eq!(ArticleFormat::detect(b"# Notes", "notes.MD"), ArticleFormat::Markdown);
    /// assert_eq!(ArticleFormat::detect(b"<!DOCTYPE html><p>Hi", "saved.txt"), ArticleFormat::Html);
    /// assert_eq!(ArticleFormat::detect(b"Protests began.", "article"), ArticleFormat::PlainText);
    /// ```
    pub fn detect(bytes: &[u8], file_name: &str) -> Self {
        let extension = Path::new(file_name)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("md" | "markdown") => Self::Markdown,
            Some("html" | "htm") => Self::Html,
            _ if html::looks_like_html(bytes) => Self::Html,
            _ => Self::PlainText,
        }
    }
}

/// Readable article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    /// The article's title, when the file shows one: the HTML `<title>` or `<h1>`, the first
    /// Markdown heading, or a short first line of plain text.
    pub title: Option<String>,
    /// The text: lines end in `\n`, paragraphs are separated by one blank line, no line ends
    /// in whitespace.
    pub text: String,
    /// What the file was read as.
    pub format: ArticleFormat,
    /// What the file says about the article: outlet, author, address, publication date (page
    /// metadata, front matter, dateline and byline, file name; the first found wins).
    pub meta: ArticleMeta,
}

/// Why an article file could not be read. The path comes last in every message.
#[derive(Debug, thiserror::Error)]
pub enum ArticleReadError {
    /// The file could not be opened or read (missing, no permission…).
    #[error("cannot read article: {cause}: {path}")]
    Io {
        /// The underlying I/O error (in the message, not a separate source: it is said once).
        cause: std::io::Error,
        /// The file.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("cannot read article: it is a folder, not a file: {path}")]
    Directory {
        /// The folder.
        path: PathBuf,
    },
    /// The file is binary (an image, an archive, a PDF…), not text.
    #[error("cannot read article: it is a binary file, not text: {path}")]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// The file is empty, or holds no readable text (blank, or markup only).
    #[error("cannot read article: the file has no readable text: {path}")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    #[error(
        "cannot read article: the file is {} MB, more than the {} MB limit: {path}",
        size_bytes.div_ceil(1024 * 1024),
        MAX_ARTICLE_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// The file's size.
        size_bytes: u64,
        /// The file.
        path: PathBuf,
    },
}

/// Reads an article file and converts it to readable text, choosing the format from the
/// file name and content (see [`article_text_from_bytes`]).
///
/// ```
/// use dateline::extract::article_file::{ArticleFormat, read_article_file};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("notes.md");
/// std::fs::write(&path, "# Talks resume\n\nTalks resumed on **Monday**.\n").unwrap();
/// let article = read_article_file(&path).unwrap();
/// assert_eq!(article.format, ArticleFormat::Markdown);
/// assert_eq!(article.title.as_deref(), Some("Talks resume"));
/// assert_eq!(article.text, "Talks resume\n\nTalks resumed on Monday.");
/// ```
///
/// # Errors
/// [`ArticleReadError`] when the path cannot be read, is a folder, is larger than
/// [`MAX_ARTICLE_BYTES`], is binary, or holds no readable text.
pub fn read_article_file(path: &Path) -> Result<ArticleText, ArticleReadError> {
    let io_error = |cause| ArticleReadError::Io {
        cause,
        path: path.to_owned(),
    };
    let too_large = |size_bytes| ArticleReadError::TooLarge {
        size_bytes,
        path: path.to_owned(),
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(ArticleReadError::Directory {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // Read one byte past the limit, so a file that grew since `metadata` is still refused.
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let article = article_text_from_bytes(&bytes, &file_name).map_err(|err| match err {
        DecodeError::Binary => ArticleReadError::Binary {
            path: path.to_owned(),
        },
    })?;
    if article.text.is_empty() {
        return Err(ArticleReadError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(article)
}

/// Converts the bytes of an article file already read, choosing the format from `file_name`
/// (only its extension matters) and the content ([`ArticleFormat::detect`]).
///
/// Plain text and Markdown are decoded with [`decode()`]; HTML honours its declared charset
/// ([`html::decode_html`]). Empty input gives empty text.
///
/// ```
/// use dateline::extract::article_file::{ArticleFormat, article_text_from_bytes};
/// let article = article_text_from_bytes(b"Unrest in Almaty\r\n\r\nProtests began on Sunday.\r\n", "a.txt").unwrap();
/// assert_eq!(article.format, ArticleFormat::PlainText);
/// assert_eq!(article.title.as_deref(), Some("Unrest in Almaty"));
/// assert_eq!(article.text, "Unrest in Almaty\n\nProtests began on Sunday.");
/// ```
///
/// # Errors
/// [`DecodeError::Binary`] for data that is not text.
pub fn article_text_from_bytes(bytes: &[u8], file_name: &str) -> Result<ArticleText, DecodeError> {
    let format = ArticleFormat::detect(bytes, file_name);
    let (title, text, meta) = match format {
        ArticleFormat::PlainText => {
            let text = html::tidy_text(&decode(bytes)?);
            (plain_text_title(&text), text, ArticleMeta::default())
        }
        ArticleFormat::Markdown => {
            let source = decode(bytes)?;
            let (title, text) = markdown::markdown_to_text(&source);
            (title, text, metadata::front_matter_meta(&source))
        }
        ArticleFormat::Html => html::html_article(&html::decode_html(bytes)?),
    };
    let from_name = ArticleMeta {
        published: metadata::file_name_date(file_name).map(|d| (d, DateSource::FileName)),
        ..ArticleMeta::default()
    };
    let meta = meta.or(metadata::text_meta(&text)).or(from_name);
    Ok(ArticleText {
        title,
        text,
        format,
        meta,
    })
}

/// The first non-empty line, trimmed, when it is short enough to be a headline.
fn plain_text_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (line.chars().count() <= MAX_PLAIN_TITLE_CHARS).then(|| line.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/articles")
            .join(name)
    }

    #[test]
    fn reads_each_format() {
        let page = read_article_file(&fixture("news-page.html")).unwrap();
        assert_eq!(page.format, ArticleFormat::Html);
        assert_eq!(
            page.title.as_deref(),
            Some("Fuel protests spread across Kazakhstan")
        );
        assert!(
            page.text
                .contains("ALMATY, Kazakhstan — Jan. 6, 2022 — Protests")
        );
        assert!(!page.text.contains("LEAK"));

        let report = read_article_file(&fixture("report.md")).unwrap();
        assert_eq!(report.format, ArticleFormat::Markdown);
        assert_eq!(
            report.title.as_deref(),
            Some("Kazakhstan: a week of unrest")
        );
        assert!(!report.text.contains("LEAK"));

        let sample =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/kazakhstan-unrest.txt");
        let plain = read_article_file(&sample).unwrap();
        assert_eq!(plain.format, ArticleFormat::PlainText);
        assert_eq!(
            plain.title.as_deref(),
            Some(
                "Unrest in Kazakhstan is blamed on “foreign interference,” with over 1,000 people injured."
            )
        );
        assert!(plain.text.starts_with("Unrest in Kazakhstan"));
        assert!(!plain.text.contains('\r'));
    }

    #[test]
    fn plain_text_in_utf16_with_bom() {
        let text = "Протесты, 6 января\r\n\r\nArabic: مرحبا — CJK: 抗议 — emoji: 🔥  \r\n";
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let article = article_text_from_bytes(&bytes, "report.txt").unwrap();
        assert_eq!(article.format, ArticleFormat::PlainText);
        assert_eq!(article.title.as_deref(), Some("Протесты, 6 января"));
        assert_eq!(
            article.text,
            "Протесты, 6 января\n\nArabic: مرحبا — CJK: 抗议 — emoji: 🔥"
        );
    }

    #[test]
    fn plain_text_in_windows_1252() {
        let bytes = b"\r\n\x93Caf\xe9 owners\x94 protest\r\nThey met on Jan.\xa06 \x96 again.\r\n";
        let article = article_text_from_bytes(bytes, "notes").unwrap();
        assert_eq!(article.format, ArticleFormat::PlainText);
        assert_eq!(article.title.as_deref(), Some("“Café owners” protest"));
        assert_eq!(
            article.text,
            "“Café owners” protest\nThey met on Jan.\u{a0}6 – again."
        );
    }

    #[test]
    fn long_first_line_is_no_title() {
        let line = "word ".repeat(30);
        let article = article_text_from_bytes(line.as_bytes(), "a.txt").unwrap();
        assert_eq!(article.title, None);
        assert_eq!(article.text, line.trim_end());
    }

    #[test]
    fn format_comes_from_extension_then_content() {
        let page = b"\xEF\xBB\xBF<!DOCTYPE html><title>T</title><p>Body</p>";
        for name in ["saved.txt", "saved", "SAVED.HTM", "x.html"] {
            let article = article_text_from_bytes(page, name).unwrap();
            assert_eq!(article.format, ArticleFormat::Html, "{name}");
            assert_eq!(article.text, "Body");
        }
        let md = article_text_from_bytes(b"Tags: <html> is *a* tag", "notes.markdown").unwrap();
        assert_eq!(
            (md.format, md.text.as_str()),
            (ArticleFormat::Markdown, "Tags: is a tag")
        );
        let plain = article_text_from_bytes(b"# not markdown", "notes.txt").unwrap();
        assert_eq!(plain.text, "# not markdown");
        let tag_in_text = article_text_from_bytes(b"<p>not a page</p>", "a.txt").unwrap();
        assert_eq!(tag_in_text.format, ArticleFormat::PlainText);
    }

    #[test]
    fn errors_name_the_path_last() {
        let dir = tempfile::tempdir().unwrap();

        let err = read_article_file(dir.path()).unwrap_err();
        assert!(matches!(err, ArticleReadError::Directory { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "cannot read article: it is a folder, not a file: {}",
                dir.path().display()
            )
        );

        let missing = dir.path().join("missing.txt");
        let err = read_article_file(&missing).unwrap_err();
        let ArticleReadError::Io { cause, .. } = &err else {
            panic!("{err:?}");
        };
        assert_eq!(cause.kind(), std::io::ErrorKind::NotFound);
        assert!(err.to_string().starts_with("cannot read article: "));
        assert!(
            err.to_string()
                .ends_with(&format!(": {}", missing.display()))
        );

        let binary = dir.path().join("photo.txt");
        std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
        let err = read_article_file(&binary).unwrap_err();
        assert!(matches!(err, ArticleReadError::Binary { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "cannot read article: it is a binary file, not text: {}",
                binary.display()
            )
        );
        assert_eq!(
            article_text_from_bytes(b"\x00\x01\x02\x03", "x.md"),
            Err(DecodeError::Binary)
        );

        for (name, content) in [
            ("empty.txt", &b""[..]),
            ("blank.md", b" \r\n\t\n"),
            ("scripts.html", b"<html><script>x()</script></html>"),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, content).unwrap();
            let err = read_article_file(&path).unwrap_err();
            assert!(
                matches!(err, ArticleReadError::Empty { .. }),
                "{name}: {err:?}"
            );
            assert!(err.to_string().ends_with(&path.display().to_string()));
        }
    }

    #[test]
    fn refuses_files_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        // Sparse: no 64 MB are written.
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_ARTICLE_BYTES + 1).unwrap();
        let err = read_article_file(&path).unwrap_err();
        assert!(
            matches!(err, ArticleReadError::TooLarge { size_bytes, .. } if size_bytes == MAX_ARTICLE_BYTES + 1),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "cannot read article: the file is 65 MB, more than the 64 MB limit: {}",
                path.display()
            )
        );
    }
}
