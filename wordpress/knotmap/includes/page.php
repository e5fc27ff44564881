<?php
/**
 * The widget full size at home_url('/knotmap/'), e.g. https://example.blog/knotmap/?zone=ql-left:
 * the widget's own page, told where its files are (a <base> element), with an oEmbed discovery
 * link so the address can be pasted into a post. Answered before WordPress looks for a post, so
 * it works with plain permalinks and with any server that hands unknown paths to index.php.
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

add_action( 'parse_request', 'knotmap_maybe_serve_page', 0 );

/**
 * The path of the full-page address on this site, with no trailing slash ("/knotmap", or
 * "/blog/knotmap" for a blog in a folder).
 *
 * @return string
 */
function knotmap_page_path() {
	return untrailingslashit( (string) wp_parse_url( home_url( '/knotmap/' ), PHP_URL_PATH ) );
}

/**
 * The full-page address with these options.
 *
 * @param array $options Valid options.
 * @return string URL.
 */
function knotmap_page_url( array $options ) {
	return add_query_arg( rawurlencode_deep( $options ), home_url( '/knotmap/' ) );
}

/**
 * Serves the widget's page when the request is for /knotmap/ (with or without its slash).
 */
function knotmap_maybe_serve_page() {
	$request_uri = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( $_SERVER['REQUEST_URI'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
	$path        = untrailingslashit( (string) wp_parse_url( $request_uri, PHP_URL_PATH ) );
	if ( $path !== knotmap_page_path() ) {
		return;
	}
	$html = is_readable( KNOTMAP_DIR . 'widget/index.html' ) ? file_get_contents( KNOTMAP_DIR . 'widget/index.html' ) : false;
	if ( false === $html ) {
		return; // The widget's files are missing: WordPress answers (a "not found" page).
	}
	// The widget reads its options from the address itself; this page only names itself by the
	// valid ones in its discovery link.
	$checked = knotmap_validate_options( wp_unslash( $_GET ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a read-only page.
	$oembed  = add_query_arg( 'url', rawurlencode( knotmap_page_url( $checked['options'] ) ), rest_url( 'knotmap/v1/oembed' ) );
	// First in <head>, so every relative address after it (the script, the wasm, the fonts, the
	// data the widget fetches) goes to the plugin's widget folder.
	$head = sprintf( '<base href="%s">', esc_url( knotmap_widget_url() ) )
		. sprintf( '<link rel="alternate" type="application/json+oembed" href="%s" title="%s">', esc_url( $oembed ), esc_attr__( 'Knotmap body map', 'knotmap' ) );
	$html = preg_replace( '/<head(\s[^>]*)?>/i', '$0' . str_replace( array( '\\', '$' ), array( '\\\\', '\\$' ), $head ), $html, 1 );
	status_header( 200 );
	header( 'Content-Type: text/html; charset=utf-8' );
	echo $html; // phpcs:ignore WordPress.Security.EscapingOutput.OutputNotEscaped -- the widget's own page, shipped with the plugin; what was added is escaped above.
	exit;
}
