import Testing
@testable import PreviewServer

@Suite struct PathResolverTests {}
