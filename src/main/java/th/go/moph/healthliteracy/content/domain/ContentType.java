package th.go.moph.healthliteracy.content.domain;

/** The three kinds of item, sharing one model. */
public enum ContentType {
    ARTICLE, IMAGE, VIDEO
}
