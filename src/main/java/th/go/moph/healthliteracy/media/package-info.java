/**
 * Media assets and their renditions: storage, validation, ffmpeg transcoding and image renditions.
 * Offers the media tools and storage to the rest of the portal.
 */
package th.go.moph.healthliteracy.media;
