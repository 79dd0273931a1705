/// Decides what a request path maps to inside the output root; filled in by the serve work.
public enum PathResolver {}
