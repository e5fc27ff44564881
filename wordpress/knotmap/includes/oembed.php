<?php
/**
 * Pasted links. This site's Knotmap addresses (the /knotmap/ page and the plugin's widget folder,
 * any query) are an oEmbed provider: other sites get an <iframe> of the widget from the REST route
 * knotmap/v1/oembed; this site answers its own links locally (no HTTP request to itself) with the
 * same element as the block, so a link on its own line in a post becomes the full, auto-sized
 * widget rather than WordPress's sandboxed embed of an unknown page.
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'pre_oembed_result', 'knotmap_local_oembed', 20, 2 );
add_filter( 'pre_http_request', 'knotmap_answer_own_oembed_request', 10, 3 );
add_action( 'rest_api_init', 'knotmap_register_oembed_route' );

/** Height of the iframe other sites get: it can't grow to its content without embed.js. */
const KNOTMAP_OEMBED_HEIGHT = 1200;

/**
 * A pattern for this site's Knotmap addresses, either scheme, any query.
 *
 * @return string A PCRE pattern.
 */
function knotmap_own_url_pattern() {
	$without_scheme = function ( $url ) {
		return preg_quote( preg_replace( '#^https?://#i', '', $url ), '#' );
	};
	return '#^https?://(?:' . $without_scheme( home_url( '/knotmap' ) ) . '/?'
		. '|' . $without_scheme( knotmap_widget_url() ) . '(?:index\.html)?)(?:\?[^\#]*)?(?:\#.*)?$#i';
}

/**
 * Registers this site's Knotmap addresses as a trusted oEmbed provider.
 */
function knotmap_register_oembed_provider() {
	wp_oembed_add_provider( knotmap_own_url_pattern(), rest_url( 'knotmap/v1/oembed' ), true );
}

/**
 * The valid options in one of this site's Knotmap addresses.
 *
 * @param string $url An address.
 * @return array|null Valid options, or null when it is not a Knotmap address of this site.
 */
function knotmap_options_from_url( $url ) {
	if ( ! is_string( $url ) || ! preg_match( knotmap_own_url_pattern(), $url ) ) {
		return null;
	}
	$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
	$given = array();
	// As the widget reads its address (URLSearchParams): "+" is a space, the last of a name wins.
	foreach ( '' === $query ? array() : explode( '&', $query ) as $pair ) {
		if ( '' === $pair ) {
			continue;
		}
		$parts                              = explode( '=', $pair, 2 );
		$given[ urldecode( $parts[0] ) ] = isset( $parts[1] ) ? urldecode( $parts[1] ) : '';
	}
	return knotmap_validate_options( $given )['options'];
}

/**
 * The widget's title, naming the zone it opens on.
 *
 * @param array $options Valid options.
 * @return string
 */
function knotmap_title( array $options ) {
	$title   = __( 'Knotmap: an interactive map of back and hip knots, with massage-ball guidance', 'knotmap' );
	$catalog = knotmap_catalog();
	if ( isset( $options['zone'] ) && ! empty( $catalog['zones'][ $options['zone'] ]['name'] ) ) {
		/* translators: 1: the widget's title, 2: a zone's name such as "Side of waist, left". */
		$title = sprintf( __( '%1$s (%2$s)', 'knotmap' ), $title, $catalog['zones'][ $options['zone'] ]['name'] );
	}
	return $title;
}

/**
 * This site's own Knotmap links, answered here: the block's element with the loader script, put
 * inline because WordPress keeps this HTML with the post and reuses it without asking again (and
 * inside the element, where wpautop leaves it alone). No note for editors here: it would be kept
 * and shown to readers.
 *
 * @param string|null $result What an earlier filter answered.
 * @param string      $url    The pasted address.
 * @return string|null HTML, or the earlier answer for any other address.
 */
function knotmap_local_oembed( $result, $url ) {
	if ( null !== $result ) {
		return $result;
	}
	$options = knotmap_options_from_url( $url );
	if ( null === $options ) {
		return $result;
	}
	$loader = sprintf( '<script src="%s" async></script>', esc_url( add_query_arg( 'ver', KNOTMAP_VERSION, knotmap_widget_url( 'embed.js' ) ) ) );
	return knotmap_embed_element( $options, 'class="knotmap-embed"', $loader );
}

/**
 * Whether an address is this site's knotmap/v1/oembed route (pretty or plain permalinks).
 *
 * @param string $url An address.
 * @return bool
 */
function knotmap_is_oembed_route( $url ) {
	$parts = wp_parse_url( $url );
	$route = wp_parse_url( rest_url( 'knotmap/v1/oembed' ) );
	if ( ! $parts || ! $route || ! isset( $parts['host'] ) || $parts['host'] !== $route['host']
		|| ( isset( $parts['port'] ) ? $parts['port'] : null ) !== ( isset( $route['port'] ) ? $route['port'] : null ) ) {
		return false;
	}
	wp_parse_str( isset( $parts['query'] ) ? $parts['query'] : '', $query );
	if ( isset( $route['query'] ) ) {  // plain permalinks: index.php?rest_route=/knotmap/v1/oembed
		return isset( $query['rest_route'] ) && '/knotmap/v1/oembed' === $query['rest_route']
			&& ( isset( $parts['path'] ) ? $parts['path'] : '' ) === ( isset( $route['path'] ) ? $route['path'] : '' );
	}
	return isset( $parts['path'], $route['path'] ) && untrailingslashit( $parts['path'] ) === untrailingslashit( $route['path'] );
}

/**
 * The editor's preview of a pasted link goes through WordPress's oEmbed proxy, which asks the
 * provider over HTTP, even when the provider is this site. That request is answered here, by the
 * route itself, without the request to itself that many hosts can't make.
 *
 * @param false|array|WP_Error $pre  An earlier filter's answer, or false.
 * @param array                $args The request's arguments.
 * @param string               $url  The address asked for.
 * @return false|array|WP_Error
 */
function knotmap_answer_own_oembed_request( $pre, $args, $url ) {
	if ( false !== $pre || ! knotmap_is_oembed_route( $url ) ) {
		return $pre;
	}
	wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	unset( $query['rest_route'] );
	$request = new WP_REST_Request( 'GET', '/knotmap/v1/oembed' );
	$request->set_query_params( $query );
	$response = rest_do_request( $request );
	$status   = $response->get_status();
	return array(
		'headers'  => array( 'content-type' => 'application/json; charset=UTF-8' ),
		'body'     => wp_json_encode( rest_get_server()->response_to_data( $response, false ) ),
		'response' => array(
			'code'    => $status,
			'message' => get_status_header_desc( $status ),
		),
		'cookies'  => array(),
		'filename' => null,
	);
}

/**
 * GET knotmap/v1/oembed?url=...: oEmbed 1.0 for other sites.
 */
function knotmap_register_oembed_route() {
	register_rest_route(
		'knotmap/v1',
		'/oembed',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'knotmap_rest_oembed',
			'permission_callback' => '__return_true',
			'args'                => array(
				'url'       => array(
					'type'     => 'string',
					'required' => true,
				),
				'format'    => array(
					'type'    => 'string',
					'default' => 'json',
				),
				'maxwidth'  => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
				'maxheight' => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
			),
		)
	);
}

/**
 * The oEmbed answer: a "rich" embed whose HTML is an iframe of the widget.
 *
 * @param WP_REST_Request $request The request.
 * @return array|WP_Error
 */
function knotmap_rest_oembed( WP_REST_Request $request ) {
	$options = knotmap_options_from_url( $request['url'] );
	if ( null === $options ) {
		return new WP_Error( 'oembed_invalid_url', __( 'Not a Knotmap address of this site.', 'knotmap' ), array( 'status' => 404 ) );
	}
	if ( 'json' !== $request['format'] ) {
		return new WP_Error( 'oembed_invalid_format', __( 'Only JSON is offered.', 'knotmap' ), array( 'status' => 501 ) );
	}
	$width  = $request['maxwidth'] ? min( 800, (int) $request['maxwidth'] ) : 800;
	$height = $request['maxheight'] ? min( KNOTMAP_OEMBED_HEIGHT, (int) $request['maxheight'] ) : KNOTMAP_OEMBED_HEIGHT;
	$title  = knotmap_title( $options );
	$src    = add_query_arg( rawurlencode_deep( $options + array( 'embed' => '1' ) ), knotmap_widget_url( 'index.html' ) );
	return array(
		'version'       => '1.0',
		'type'          => 'rich',
		'provider_name' => 'Knotmap',
		'provider_url'  => home_url( '/knotmap/' ),
		'title'         => $title,
		'width'         => $width,
		'height'        => $height,
		'html'          => sprintf(
			'<iframe src="%s" title="%s" loading="lazy" allow="clipboard-write" style="width:100%%;height:%dpx;border:0"></iframe>',
			esc_url( $src ),
			esc_attr( $title ),
			$height
		),
	);
}
